package app.pitwall.workorders;

import app.pitwall.platform.TenantId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What happens to repair orders, for the audit trail and other modules. Every event carries the tenant and the acting
 * staff member's id ({@code actorId}, null when a customer acted through an approval link); changes carry the changed
 * fields before and after.
 */
public final class RepairOrderEvents {

    private RepairOrderEvents() {}

    /** A repair order was opened, at check-in or for a walk-in. */
    public record RepairOrderOpened(
            TenantId tenantId, RepairOrderId repairOrderId, long number, UUID actorId, Map<String, Object> after) {}

    /** An order's own details changed (advisor, technicians, odometer, promised time, concerns, notes). */
    public record RepairOrderChanged(
            TenantId tenantId,
            RepairOrderId repairOrderId,
            UUID actorId,
            Map<String, Object> before,
            Map<String, Object> after) {}

    public record JobAdded(
            TenantId tenantId,
            RepairOrderId repairOrderId,
            JobId jobId,
            UUID actorId,
            CannedJobId cannedJobId,
            Map<String, Object> after) {}

    /** A job's title, three Cs, notes or technician changed. */
    public record JobChanged(
            TenantId tenantId,
            RepairOrderId repairOrderId,
            JobId jobId,
            UUID actorId,
            Map<String, Object> before,
            Map<String, Object> after) {}

    public record JobRemoved(
            TenantId tenantId, RepairOrderId repairOrderId, JobId jobId, UUID actorId, Map<String, Object> before) {}

    /** A technician (or the advisor) marked a job's work done. */
    public record JobCompleted(TenantId tenantId, RepairOrderId repairOrderId, JobId jobId, UUID actorId, Instant at) {}

    /** A job marked done was opened again. */
    public record JobReopened(TenantId tenantId, RepairOrderId repairOrderId, JobId jobId, UUID actorId, Instant at) {}

    public record LineAdded(
            TenantId tenantId,
            RepairOrderId repairOrderId,
            JobId jobId,
            LineId lineId,
            UUID actorId,
            Map<String, Object> after) {}

    public record LineChanged(
            TenantId tenantId,
            RepairOrderId repairOrderId,
            JobId jobId,
            LineId lineId,
            UUID actorId,
            Map<String, Object> before,
            Map<String, Object> after) {}

    public record LineRemoved(
            TenantId tenantId,
            RepairOrderId repairOrderId,
            JobId jobId,
            LineId lineId,
            UUID actorId,
            Map<String, Object> before) {}

    /**
     * A repair order moved from one status to another. Each transition of {@link RepairOrder#TRANSITIONS} has its own
     * record below, all of this shape.
     */
    public interface StatusChanged {

        TenantId tenantId();

        RepairOrderId repairOrderId();

        /** The staff member who moved it; null when a customer's approval did. */
        UUID actorId();

        Stamp.Kind actorKind();

        RepairOrder.Status from();

        RepairOrder.Status to();

        /** Why, for a hold or a cancellation. */
        String reason();

        Instant at();
    }

    public record RepairOrderSentForApproval(
            TenantId tenantId,
            RepairOrderId repairOrderId,
            UUID actorId,
            Stamp.Kind actorKind,
            RepairOrder.Status from,
            RepairOrder.Status to,
            String reason,
            Instant at)
            implements StatusChanged {}

    public record RepairOrderApproved(
            TenantId tenantId,
            RepairOrderId repairOrderId,
            UUID actorId,
            Stamp.Kind actorKind,
            RepairOrder.Status from,
            RepairOrder.Status to,
            String reason,
            Instant at)
            implements StatusChanged {}

    public record RepairOrderWorkStarted(
            TenantId tenantId,
            RepairOrderId repairOrderId,
            UUID actorId,
            Stamp.Kind actorKind,
            RepairOrder.Status from,
            RepairOrder.Status to,
            String reason,
            Instant at)
            implements StatusChanged {}

    public record RepairOrderPutOnHold(
            TenantId tenantId,
            RepairOrderId repairOrderId,
            UUID actorId,
            Stamp.Kind actorKind,
            RepairOrder.Status from,
            RepairOrder.Status to,
            String reason,
            Instant at)
            implements StatusChanged {}

    public record RepairOrderResumed(
            TenantId tenantId,
            RepairOrderId repairOrderId,
            UUID actorId,
            Stamp.Kind actorKind,
            RepairOrder.Status from,
            RepairOrder.Status to,
            String reason,
            Instant at)
            implements StatusChanged {}

    public record RepairOrderMarkedReady(
            TenantId tenantId,
            RepairOrderId repairOrderId,
            UUID actorId,
            Stamp.Kind actorKind,
            RepairOrder.Status from,
            RepairOrder.Status to,
            String reason,
            Instant at)
            implements StatusChanged {}

    public record RepairOrderCancelled(
            TenantId tenantId,
            RepairOrderId repairOrderId,
            UUID actorId,
            Stamp.Kind actorKind,
            RepairOrder.Status from,
            RepairOrder.Status to,
            String reason,
            Instant at)
            implements StatusChanged {}

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
            Map<String, String> jobVersions) {}

    /** The customer approved a job (through the link, or verbally as recorded by {@code actorId}). */
    public record JobApproved(
            TenantId tenantId,
            RepairOrderId repairOrderId,
            JobId jobId,
            UUID actorId,
            JobApproval.Method method,
            String decidedBy,
            String versionHash,
            BigDecimal jobTotal,
            Instant decidedAt,
            String sourceAddress,
            String userAgent) {}

    /** The customer declined a job; it is kept as deferred work on the vehicle. */
    public record JobDeclined(
            TenantId tenantId,
            RepairOrderId repairOrderId,
            JobId jobId,
            UUID actorId,
            JobApproval.Method method,
            String decidedBy,
            String versionHash,
            BigDecimal jobTotal,
            Instant decidedAt,
            String sourceAddress,
            String userAgent) {}

    /** Staff recorded a customer's verbal authorization (by phone or in person). */
    public record VerbalApprovalRecorded(
            TenantId tenantId,
            RepairOrderId repairOrderId,
            UUID actorId,
            List<JobId> approvedJobs,
            List<JobId> declinedJobs,
            String authorizedBy,
            JobApproval.Method method,
            Instant at) {}

    /** The event of a status change: one record per action of {@link RepairOrder#TRANSITIONS}. */
    static StatusChanged statusChanged(
            RepairOrder.Transition move, TenantId tenant, RepairOrderId order, String reason, Stamp stamp) {
        UUID actor = stamp.actorId();
        Stamp.Kind kind = stamp.kind();
        return switch (move.action()) {
            case "sendForApproval" ->
                new RepairOrderSentForApproval(tenant, order, actor, kind, move.from(), move.to(), reason, stamp.at());
            case "approve" ->
                new RepairOrderApproved(tenant, order, actor, kind, move.from(), move.to(), reason, stamp.at());
            case "startWork" ->
                new RepairOrderWorkStarted(tenant, order, actor, kind, move.from(), move.to(), reason, stamp.at());
            case "putOnHold" ->
                new RepairOrderPutOnHold(tenant, order, actor, kind, move.from(), move.to(), reason, stamp.at());
            case "resume" ->
                new RepairOrderResumed(tenant, order, actor, kind, move.from(), move.to(), reason, stamp.at());
            case "markReady" ->
                new RepairOrderMarkedReady(tenant, order, actor, kind, move.from(), move.to(), reason, stamp.at());
            case "cancel" ->
                new RepairOrderCancelled(tenant, order, actor, kind, move.from(), move.to(), reason, stamp.at());
            default -> throw new IllegalStateException("No event for " + move);
        };
    }

    /** The event of one recorded decision. */
    static Object decided(TenantId tenant, RepairOrderId order, JobApproval decision, UUID actor) {
        return decision.decision() == JobApproval.Decision.APPROVED
                ? new JobApproved(
                        tenant,
                        order,
                        decision.jobId(),
                        actor,
                        decision.method(),
                        decision.decidedBy(),
                        decision.versionHash(),
                        decision.jobTotal(),
                        decision.decidedAt(),
                        decision.sourceAddress(),
                        decision.userAgent())
                : new JobDeclined(
                        tenant,
                        order,
                        decision.jobId(),
                        actor,
                        decision.method(),
                        decision.decidedBy(),
                        decision.versionHash(),
                        decision.jobTotal(),
                        decision.decidedAt(),
                        decision.sourceAddress(),
                        decision.userAgent());
    }
}
