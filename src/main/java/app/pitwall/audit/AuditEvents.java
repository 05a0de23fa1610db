package app.pitwall.audit;

import app.pitwall.platform.AuditAction;
import app.pitwall.platform.Auditable;
import app.pitwall.platform.TenantId;
import java.util.Map;

/** What happens to the audit trail itself: reading it out and checking it are audited too. */
public final class AuditEvents {

    private AuditEvents() {}

    /** An event about the tenant's trail itself: the trail is the subject. */
    public sealed interface AboutTheTrail extends Auditable {

        @Override
        default Subject subject() {
            return Subject.of("audit-trail", tenantId().value());
        }
    }

    /** Someone exported part or all of the trail. */
    @AuditAction("audit.exported")
    public record TrailExported(TenantId tenantId, String format, Map<String, String> filters)
            implements AboutTheTrail {}

    /** Someone had the trail verified; the outcome is recorded with it. */
    @AuditAction("audit.verified")
    public record TrailVerified(
            TenantId tenantId, boolean valid, long eventsChecked, Long brokenAt, String reason, int checkpointsGiven)
            implements AboutTheTrail {}

    /** Someone asked for a signed checkpoint of the trail's head. */
    @AuditAction("audit.checkpoint-signed")
    public record CheckpointRequested(TenantId tenantId, long sequence, String headHash) implements Auditable {

        @Override
        public Subject subject() {
            return Subject.of("audit-checkpoint", sequence);
        }

        /** The trail records the checkpoint whole, its sequence (the subject's id) too. */
        @Override
        public Checkpoint after() {
            return new Checkpoint(sequence, headHash);
        }

        /** A signed checkpoint: the trail's head at a sequence number. */
        public record Checkpoint(long sequence, String headHash) {}
    }
}
