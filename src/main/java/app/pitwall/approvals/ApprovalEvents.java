package app.pitwall.approvals;

import app.pitwall.platform.AuditAction;
import app.pitwall.platform.Auditable;
import app.pitwall.platform.TenantId;
import app.pitwall.repairorders.JobApproval;
import app.pitwall.repairorders.JobId;
import app.pitwall.repairorders.RepairOrderId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What staff do to ask customers for their decision, for the audit trail and other modules; the order is the subject. */
public final class ApprovalEvents {

    private ApprovalEvents() {}

    /** An event of the approvals module about one repair order, shown in the order's history. */
    public sealed interface ApprovalEvent extends Auditable permits ApprovalRequested, VerbalApprovalRecorded {

        RepairOrderId repairOrderId();

        @Override
        default Subject subject() {
            return Subject.of("repair-order", repairOrderId().value());
        }
    }

    /**
     * The estimate was sent to the customer with a new approval link; older links of the order stopped working.
     *
     * @param jobVersions each job's version hash at the time it was sent
     */
    @AuditAction("repair-order.approval-requested")
    public record ApprovalRequested(
            TenantId tenantId,
            RepairOrderId repairOrderId,
            UUID approvalRequestId,
            UUID actorId,
            Instant expiresAt,
            Map<String, String> jobVersions)
            implements ApprovalEvent {}

    /** Staff recorded a customer's verbal authorization (by phone or in person). */
    @AuditAction("repair-order.verbal-approval-recorded")
    public record VerbalApprovalRecorded(
            TenantId tenantId,
            RepairOrderId repairOrderId,
            UUID actorId,
            List<JobId> approvedJobs,
            List<JobId> declinedJobs,
            String authorizedBy,
            JobApproval.Method method,
            Instant at)
            implements ApprovalEvent {}
}
