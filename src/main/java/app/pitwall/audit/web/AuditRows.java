package app.pitwall.audit.web;

import app.pitwall.audit.internal.AuditSubjects;
import app.pitwall.platform.Auditable.Subject;
import app.pitwall.platform.TenantId;
import app.pitwall.platform.web.ShopClock;
import app.pitwall.platform.web.SourceAddresses;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Turns a page of hashed entries into the rows the audit page shows. Names come from the modules
 * that own the subjects ({@link AuditSubjects}), one question per subject type for the whole page;
 * the actor's name as recorded is kept, and looked up only where the entry has none (a failed
 * sign-in). A subject no module can name any more (a deleted customer) shows its kind and the start
 * of its id. Labels come from {@code messages.properties}; an action without one shows its name.
 */
@Component
class AuditRows {

    private static final int LONGEST_VALUE = 120;
    private static final Set<String> STAFF_KINDS = Set.of("user", "api-token");
    private static final Set<String> NAMELESS_KINDS = Set.of("system", "anonymous");

    private final AuditSubjects subjects;
    private final MessageSource messages;

    AuditRows(AuditSubjects subjects, MessageSource messages) {
        this.subjects = subjects;
        this.messages = messages;
    }

    List<AuditRow> of(TenantId tenant, List<? extends JsonNode> entries, ZoneId zone, Locale locale) {
        Set<Subject> wanted = new LinkedHashSet<>();
        for (JsonNode entry : entries) {
            wanted.add(subject(entry));
            Subject actor = actorSubject(entry.path("actor"));
            if (actor != null) {
                wanted.add(actor);
            }
            String location = text(entry.path("location"));
            if (location != null) {
                wanted.add(new Subject("location", location));
            }
        }
        Map<Subject, String> names = subjects.names(tenant, wanted);
        List<AuditRow> rows = new ArrayList<>(entries.size());
        for (JsonNode entry : entries) {
            rows.add(row(entry, names, zone, locale));
        }
        return rows;
    }

    private AuditRow row(JsonNode entry, Map<Subject, String> names, ZoneId zone, Locale locale) {
        JsonNode actor = entry.path("actor");
        String kind = text(actor.path("kind"));
        String actorId = text(actor.path("id"));
        String action = text(entry.path("action"));
        Subject subject = subject(entry);
        String subjectName = subjectName(subject, names, locale);
        String subjectLabel = label("audit.subject." + subject.type(), subject.type(), locale);
        String location = text(entry.path("location"));
        String source = text(entry.path("request").path("source"));
        String recorded = text(entry.path("time"));
        return new AuditRow(
                entry.path("seq").asLong(),
                entry.path("hash").asString(""),
                shown(recorded, zone),
                recorded,
                action,
                action == null ? "" : label("audit.action." + action, action, locale),
                actorName(actor, kind, actorId, names, locale),
                kind == null ? "" : actorId == null ? kind : kind + " " + actorId,
                "api-token".equals(kind) ? label("audit.actor.api-token", kind, locale) : null,
                text(actor.path("role")) == null ? "" : text(actor.path("role")),
                subject.type(),
                subject.id() == null ? "" : subject.id(),
                subjectName,
                subjectName.startsWith(subjectLabel) ? null : subjectLabel,
                location == null ? "" : names.getOrDefault(new Subject("location", location), ""),
                source == null
                        ? ""
                        : SourceAddresses.loopback(source)
                                ? label("audit.source.thisMachine", source, locale)
                                : SourceAddresses.normalised(source),
                source == null ? "" : source,
                changes(entry.path("change")));
    }

    /** Who to name for the actor when the entry does not: a staff member by id, or a party such as an approval link. */
    private static Subject actorSubject(JsonNode actor) {
        String kind = text(actor.path("kind"));
        String id = text(actor.path("id"));
        if (kind == null || id == null || NAMELESS_KINDS.contains(kind)) {
            return null;
        }
        if (STAFF_KINDS.contains(kind)) {
            return text(actor.path("name")) == null ? new Subject("user", id) : null;
        }
        return new Subject(kind, id);
    }

    private String actorName(JsonNode actor, String kind, String id, Map<Subject, String> names, Locale locale) {
        String recorded = text(actor.path("name"));
        if (recorded != null) {
            return recorded;
        }
        if (kind == null) {
            return "";
        }
        if (NAMELESS_KINDS.contains(kind) || id == null) {
            return label("audit.actor." + kind, kind, locale);
        }
        String type = STAFF_KINDS.contains(kind) ? "user" : kind;
        String named = names.get(new Subject(type, id));
        if (named != null) {
            return named;
        }
        String kindLabel = STAFF_KINDS.contains(kind)
                ? label("audit.subject.user", kind, locale)
                : label("audit.actor." + kind, kind, locale);
        return messages.getMessage("audit.subject.unknown", new Object[] {kindLabel, shortId(id)}, locale);
    }

    /** The name of one subject as the rows show it. */
    String name(TenantId tenant, Subject subject, Locale locale) {
        return subjectName(subject, subjects.names(tenant, List.of(subject)), locale);
    }

    private String subjectName(Subject subject, Map<Subject, String> names, Locale locale) {
        String label = label("audit.subject." + subject.type(), subject.type(), locale);
        String named = names.get(subject);
        if (named != null) {
            return named;
        }
        if (subject.id() == null || subject.type().equals("audit-trail")) {
            return label;
        }
        if (subject.type().equals("audit-checkpoint")) {
            return label + " " + subject.id();
        }
        return messages.getMessage("audit.subject.unknown", new Object[] {label, shortId(subject.id())}, locale);
    }

    private String label(String key, String fallback, Locale locale) {
        return messages.getMessage(key, null, fallback, locale);
    }

    private static Subject subject(JsonNode entry) {
        JsonNode subject = entry.path("subject");
        String type = text(subject.path("type"));
        return new Subject(type == null ? "" : type, text(subject.path("id")));
    }

    /** An instant on the viewer's clock to the second; the recorded text when it is not one. */
    static String shown(String recorded, ZoneId zone) {
        if (recorded == null) {
            return "";
        }
        try {
            return ShopClock.shownToTheSecond(Instant.parse(recorded), zone);
        } catch (DateTimeException e) {
            return recorded;
        }
    }

    private static String shortId(String id) {
        return id.length() <= 12 ? id : id.substring(0, 8) + "…";
    }

    private static String text(JsonNode node) {
        return node == null || node.isMissingNode() || node.isNull() ? null : node.asString();
    }

    private static List<String> changes(JsonNode change) {
        JsonNode before = change.path("before");
        JsonNode after = change.path("after");
        Set<String> fields = new LinkedHashSet<>();
        before.propertyNames().forEach(fields::add);
        after.propertyNames().forEach(fields::add);
        List<String> lines = new ArrayList<>();
        for (String field : fields) {
            if (before.has(field)) {
                lines.add(field + ": " + value(before.get(field)) + " → " + value(after.get(field)));
            } else {
                lines.add(field + ": " + value(after.get(field)));
            }
        }
        return lines;
    }

    private static String value(JsonNode value) {
        if (value == null || value.isNull()) {
            return "—";
        }
        String text = value.isString() ? value.asString() : value.toString();
        return text.length() > LONGEST_VALUE ? text.substring(0, LONGEST_VALUE) + "…" : text;
    }
}
