package app.pitwall.approvals;

import app.pitwall.platform.TenantId;
import app.pitwall.repairorders.JobApproval;
import app.pitwall.repairorders.JobId;
import app.pitwall.repairorders.RepairOrderEvents.OrderEvent;
import app.pitwall.repairorders.RepairOrderId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What staff do to ask customers for their decision, for the audit trail and other modules; the order is the subject. */
public final class ApprovalEvents {

    private ApprovalEvents() {}

    /**
     * The estimate was sent to the customer with a new approval link; older links of the order stopped working.
     *
     * @param jobVersions each job's version hash at the time it was sent
     */
    public record ApprovalRequested(
            TenantId tenantId,
            RepairOrderId repairOrderId,
            UUID approvalRequestId,
            UUID actorId,
            Instant expiresAt,
            Map<String, String> jobVersions)
            implements OrderEvent {

        @Override
        public String action() {
            return "repair-order.approval-requested";
        }

        @Override
        public Map<String, ?> after() {
            return OrderEvent.fields(
                    "approvalRequestId", approvalRequestId, "expiresAt", expiresAt, "jobVersions", jobVersions);
        }
    }

    /** Staff recorded a customer's verbal authorization (by phone or in person). */
    public record VerbalApprovalRecorded(
            TenantId tenantId,
            RepairOrderId repairOrderId,
            UUID actorId,
            List<JobId> approvedJobs,
            List<JobId> declinedJobs,
            String authorizedBy,
            JobApproval.Method method,
            Instant at)
            implements OrderEvent {

        @Override
        public String action() {
            return "repair-order.verbal-approval-recorded";
        }

        @Override
        public Map<String, ?> after() {
            return OrderEvent.fields(
                    "approvedJobs",
                    approvedJobs.stream().map(JobId::value).toList(),
                    "declinedJobs",
                    declinedJobs.stream().map(JobId::value).toList(),
                    "authorizedBy",
                    authorizedBy,
                    "method",
                    method,
                    "at",
                    at);
        }
    }
}
