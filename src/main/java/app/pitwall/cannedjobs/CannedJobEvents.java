package app.pitwall.cannedjobs;

import app.pitwall.platform.AuditAction;
import app.pitwall.platform.Auditable;
import app.pitwall.platform.TenantId;
import app.pitwall.repairorders.Line;
import app.pitwall.repairorders.LineDraft;
import java.util.List;
import java.util.UUID;

/** Changes to the tenant's canned jobs, for the audit trail and other modules, carrying the job's content. */
public final class CannedJobEvents {

    private CannedJobEvents() {}

    /** An event of the audit trail about one canned job. */
    public sealed interface AboutCannedJob extends Auditable
            permits CannedJobCreated, CannedJobChanged, CannedJobDeleted {

        CannedJobId cannedJobId();

        @Override
        default Subject subject() {
            return Subject.of("canned-job", cannedJobId().value());
        }
    }

    /** What a canned job holds: what staff write, and its lines. */
    public record Content(String name, String title, String complaint, String correction, List<Line> lines) {

        public static Content of(CannedJob job) {
            return new Content(job.name(), job.title(), job.complaint(), job.correction(), job.lines());
        }

        /** Whether both say the same, whatever ids their lines were given. */
        public boolean sameAs(Content other) {
            return new Content(name, title, complaint, correction, List.of())
                            .equals(new Content(other.name, other.title, other.complaint, other.correction, List.of()))
                    && lines.stream()
                            .map(LineDraft::of)
                            .toList()
                            .equals(other.lines.stream().map(LineDraft::of).toList());
        }
    }

    @AuditAction("canned-job.created")
    public record CannedJobCreated(TenantId tenantId, CannedJobId cannedJobId, UUID actorId, Content after)
            implements AboutCannedJob {}

    @AuditAction("canned-job.changed")
    public record CannedJobChanged(
            TenantId tenantId, CannedJobId cannedJobId, UUID actorId, Content before, Content after)
            implements AboutCannedJob {}

    @AuditAction("canned-job.deleted")
    public record CannedJobDeleted(TenantId tenantId, CannedJobId cannedJobId, UUID actorId, Content before)
            implements AboutCannedJob {}
}
