package app.pitwall.audit.internal;

import app.pitwall.access.Actor;
import app.pitwall.platform.ActingParty;
import app.pitwall.platform.Auditable;
import app.pitwall.platform.TenantScope;
import app.pitwall.platform.web.RequestContext;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Describes a published event as an audit entry, at the moment it is published: who acted (the
 * signed-in user or API token with role and session, an acting party such as an approval link, the
 * system, or nobody yet known), where (location, source address, user agent, request id), when,
 * what and on which subject, and the change, redacted.
 */
@Component
class AuditEntries {

    private static final Pattern ACTION = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");
    private static final Pattern SUBJECT_TYPE = Pattern.compile("[a-z][a-z0-9-]*");

    private final JsonMapper json;
    private final Clock clock;

    AuditEntries(JsonMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    PendingEntry describe(Auditable event) {
        if (event.tenantId() == null) {
            throw new IllegalArgumentException(event.getClass().getName() + " has no tenant");
        }
        String action = event.action();
        if (action == null || !ACTION.matcher(action).matches()) {
            throw new IllegalArgumentException("Not a stable dotted action name: " + action);
        }
        Auditable.Subject subject = event.subject();
        if (subject == null || !SUBJECT_TYPE.matcher(subject.type()).matches()) {
            throw new IllegalArgumentException("Not a subject type: " + subject);
        }
        TreeMap<String, String> members = new TreeMap<>();
        members.put("action", CanonicalJson.string(action));
        Optional<Actor> actor = currentActor(event);
        members.put("actor", actorOf(event, actor));
        Snapshots.Change recorded = Snapshots.of(event);
        String before = Redaction.canonicalFields(recorded.before(), json);
        String after = Redaction.canonicalFields(recorded.after(), json);
        if (before != null || after != null) {
            StringBuilder change = new StringBuilder(256).append('{');
            if (after != null) {
                change.append("\"after\":").append(after);
            }
            if (before != null) {
                change.append(after == null ? "" : ",").append("\"before\":").append(before);
            }
            members.put("change", change.append('}').toString());
        }
        UUID location = event.locationId() != null
                ? event.locationId()
                : actor.filter(a -> !a.allLocations() && a.locations().size() == 1)
                        .map(a -> a.locations().iterator().next())
                        .orElse(null);
        if (location != null) {
            members.put("location", CanonicalJson.string(location.toString()));
        }
        RequestContext.current().ifPresent(request -> {
            TreeMap<String, String> node = new TreeMap<>();
            put(node, "id", request.requestId());
            putIfPresent(node, "source", request.sourceAddress());
            putIfPresent(node, "userAgent", Redaction.text(request.userAgent()));
            members.put("request", CanonicalJson.object(node));
        });
        TreeMap<String, String> subjectNode = new TreeMap<>();
        subjectNode.put("type", CanonicalJson.string(subject.type()));
        putIfPresent(subjectNode, "id", Redaction.text(subject.id()));
        members.put("subject", CanonicalJson.object(subjectNode));
        members.put("tenant", CanonicalJson.string(event.tenantId().toString()));
        members.put(
                "time",
                CanonicalJson.string(
                        clock.instant().truncatedTo(ChronoUnit.MICROS).toString()));
        return new PendingEntry(event.tenantId(), members);
    }

    private static Optional<Actor> currentActor(Auditable event) {
        Object principal = principal();
        if (principal instanceof Actor actor && actor.tenantId().equals(event.tenantId())) {
            return Optional.of(actor);
        }
        return Optional.empty();
    }

    /** The actor member, canonical: its keys are plain, so a sorted map of canonical values joins to JCS. */
    private static String actorOf(Auditable event, Optional<Actor> signedIn) {
        TreeMap<String, String> node = new TreeMap<>();
        Object principal = principal();
        if (signedIn.isPresent()) {
            Actor actor = signedIn.get();
            boolean token = actor.kind() == Actor.Kind.API_TOKEN;
            put(node, "kind", token ? "api-token" : "user");
            put(node, "id", actor.userId().toString());
            putIfPresent(node, "name", Redaction.text(actor.name()));
            put(node, "role", actor.role().code());
            if (actor.sessionId() != null) {
                put(node, token ? "token" : "session", actor.sessionId().toString());
            }
        } else if (principal instanceof ActingParty party && party.tenantId().equals(event.tenantId())) {
            put(node, "kind", party.partyKind());
            putIfPresent(node, "id", party.partyId());
        } else if (event.actorId() != null) {
            put(node, "kind", "user");
            put(node, "id", event.actorId().toString());
        } else if (principal instanceof TenantScope.SystemActor) {
            put(node, "kind", "system");
        } else {
            put(node, "kind", "anonymous");
        }
        return CanonicalJson.object(node);
    }

    private static Object principal() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? null : authentication.getPrincipal();
    }

    /** Puts a string member as its canonical literal, or null. */
    private static void put(TreeMap<String, String> node, String key, String value) {
        node.put(key, value == null ? "null" : CanonicalJson.string(value));
    }

    /** Puts a string member, as its canonical literal, when there is one. */
    private static void putIfPresent(TreeMap<String, String> node, String key, String value) {
        if (value != null) {
            node.put(key, CanonicalJson.string(value));
        }
    }
}
