package app.pitwall.cannedjobs;

import app.pitwall.platform.Auditable;
import app.pitwall.platform.TenantId;
import java.util.Map;
import java.util.UUID;

/** Changes to the tenant's canned jobs, for the audit trail. */
public final class CannedJobEvents {

    private CannedJobEvents() {}

    /** An event of the audit trail about one canned job. */
    public interface AboutCannedJob extends Auditable {

        CannedJobId cannedJobId();

        @Override
        default Subject subject() {
            return Subject.of("canned-job", cannedJobId().value());
        }
    }

    public record CannedJobCreated(TenantId tenantId, CannedJobId cannedJobId, UUID actorId, Map<String, Object> after)
            implements AboutCannedJob {

        @Override
        public String action() {
            return "canned-job.created";
        }
    }

    public record CannedJobChanged(
            TenantId tenantId,
            CannedJobId cannedJobId,
            UUID actorId,
            Map<String, Object> before,
            Map<String, Object> after)
            implements AboutCannedJob {

        @Override
        public String action() {
            return "canned-job.changed";
        }
    }

    public record CannedJobDeleted(TenantId tenantId, CannedJobId cannedJobId, UUID actorId, Map<String, Object> before)
            implements AboutCannedJob {

        @Override
        public String action() {
            return "canned-job.deleted";
        }
    }
}
