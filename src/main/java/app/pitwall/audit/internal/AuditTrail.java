package app.pitwall.audit.internal;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.audit.AuditEvents;
import app.pitwall.platform.InvalidInputException;
import app.pitwall.platform.NotFoundException;
import app.pitwall.platform.Page;
import app.pitwall.platform.TenantId;
import app.pitwall.platform.TenantScope;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The audit trail as its readers see it: browsing with filters (a bookkeeper sees only financial
 * actions), a subject's history, verification and signed checkpoints. Verifying and signing on
 * demand are themselves recorded.
 */
@Service
public class AuditTrail {

    private final AuditRecords records;
    private final ChainVerifier verifier;
    private final Checkpoints checkpoints;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final CheckpointSchedule.TrailTenants tenants;

    AuditTrail(
            CheckpointSchedule.TrailTenants tenants,
            AuditRecords records,
            ChainVerifier verifier,
            Checkpoints checkpoints,
            ApplicationEventPublisher events,
            JsonMapper json) {
        this.records = records;
        this.verifier = verifier;
        this.checkpoints = checkpoints;
        this.events = events;
        this.json = json;
        this.tenants = tenants;
    }

    /** The tenants that have a trail, for a verification of the whole installation. */
    public List<TenantId> tenantsWithTrail() {
        return tenants.withTrail();
    }

    /** Entries newest first; each is its hashed document with its {@code hash} added. */
    @Transactional(readOnly = true)
    public Page<ObjectNode> events(Actor actor, AuditFilter filter, int limit, String cursor) {
        List<AuditRecords.Stored> rows = records.newestFirst(
                actor.tenantId(), filter, financialOnly(actor), cursor == null ? null : decode(cursor), limit + 1);
        List<ObjectNode> items = new ArrayList<>();
        for (AuditRecords.Stored row : rows.subList(0, Math.min(limit, rows.size()))) {
            items.add(view(row));
        }
        String next = rows.size() > limit ? encode(rows.get(limit - 1).seq()) : null;
        return new Page<>(items, next);
    }

    /**
     * The history of one subject, newest first. A subject with no entry at all in the actor's
     * tenant is not found (404), like any other tenant's id; one whose entries the actor may not
     * read (a bookkeeper and a customer) has an empty history.
     */
    @Transactional(readOnly = true)
    public Page<ObjectNode> history(Actor actor, String type, String id, int limit, String cursor) {
        if (!records.anyAbout(actor.tenantId(), type, id)) {
            throw new NotFoundException("History");
        }
        return events(actor, new AuditFilter(null, null, null, null, type, id), limit, cursor);
    }

    /** The actions of the entries this actor may read, in order: what the trail can be filtered by. */
    @Transactional(readOnly = true)
    public List<String> actions(Actor actor) {
        boolean financialOnly = financialOnly(actor);
        return records.actions(actor.tenantId()).stream()
                .filter(action -> !financialOnly
                        || AuditRecords.FINANCIAL_PREFIXES.stream().anyMatch(action::startsWith))
                .toList();
    }

    /** Whether this actor sees only the financial part of the trail. */
    public static boolean financialOnly(Actor actor) {
        return !actor.can(Permission.AUDIT_READ);
    }

    /** Re-walks the actor's tenant's chain, with checkpoints the owner kept; the outcome is recorded. */
    public Verification verify(Actor actor, JsonNode keptCheckpoints) {
        List<Checkpoint> given = parse(keptCheckpoints);
        Verification verification = verifier.verify(actor.tenantId(), given);
        events.publishEvent(new AuditEvents.TrailVerified(
                actor.tenantId(),
                verification.valid(),
                verification.eventsChecked(),
                verification.broken() == null ? null : verification.broken().sequence(),
                verification.broken() == null
                        ? null
                        : verification.broken().reason().code(),
                given.size()));
        return verification;
    }

    /** Re-walks a tenant's chain with no one to record it for: the command line. */
    public Verification verify(TenantId tenant, JsonNode keptCheckpoints) {
        return verifier.verify(tenant, parse(keptCheckpoints));
    }

    /** Signs a checkpoint of the current head now; empty while the trail is empty. */
    @Transactional
    public Optional<ObjectNode> signCheckpoint(Actor actor) {
        Optional<Checkpoint> checkpoint = checkpoints.sign(actor.tenantId());
        checkpoint.ifPresent(signed -> events.publishEvent(new AuditEvents.CheckpointRequested(
                actor.tenantId(), signed.sequence(), ChainHash.hex(signed.headHash()))));
        return checkpoint.map(Checkpoint::toJson);
    }

    /** Signs a checkpoint of the tenant's current head in the system's name; empty while the trail is empty. */
    public Optional<ObjectNode> signCheckpoint(TenantId tenant) {
        return TenantScope.callAs(tenant, () -> checkpoints.sign(tenant)).map(Checkpoint::toJson);
    }

    /** Every kept checkpoint, oldest first, as the file an owner keeps. */
    public List<ObjectNode> checkpoints(TenantId tenant) {
        return checkpoints.all(tenant).stream().map(Checkpoint::toJson).toList();
    }

    /** The newest kept checkpoint. */
    public Optional<ObjectNode> latestCheckpoint(TenantId tenant) {
        return checkpoints.latest(tenant).map(Checkpoint::toJson);
    }

    ObjectNode view(AuditRecords.Stored row) {
        ObjectNode node = (ObjectNode) json.readTree(row.entry());
        node.put("hash", ChainHash.hex(row.hash()));
        return node;
    }

    private static List<Checkpoint> parse(JsonNode kept) {
        List<Checkpoint> given = new ArrayList<>();
        if (kept == null || kept.isNull() || kept.isMissingNode()) {
            return given;
        }
        try {
            if (kept.isArray()) {
                kept.forEach(item -> given.add(Checkpoint.fromJson(item)));
            } else {
                given.add(Checkpoint.fromJson(kept));
            }
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("checkpoints", e.getMessage());
        }
        return given;
    }

    private static String encode(long seq) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("seq:" + seq).getBytes(StandardCharsets.UTF_8));
    }

    private static long decode(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!text.startsWith("seq:")) {
                throw new IllegalArgumentException(text);
            }
            return Long.parseLong(text.substring(4));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("cursor", "malformed cursor");
        }
    }
}
