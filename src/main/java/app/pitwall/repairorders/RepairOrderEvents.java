package app.pitwall.repairorders;

import app.pitwall.platform.AuditAction;
import app.pitwall.platform.Auditable;
import app.pitwall.platform.Money;
import app.pitwall.platform.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What happens to repair orders, as typed records other modules can read as data: ids, the lines and details as
 * they now are, amounts as {@link Money}, the status moved to. Every event carries the tenant and the acting staff
 * member's id ({@code actorId}, null when a customer acted through an approval link). The audit trail records each
 * with the order as its subject; it derives the recorded change from the records (see {@link Auditable}), so a change
 * event carries the whole thing before and after and the trail keeps the fields that differ.
 */
public final class RepairOrderEvents {

    private RepairOrderEvents() {}

    /** An event about one repair order: the order is the subject, so its history shows its jobs, lines and moves. */
    public sealed interface RepairOrderEvent extends Auditable
            permits RepairOrderOpened,
                    RepairOrderChanged,
                    JobAdded,
                    JobChanged,
                    JobRemoved,
                    JobCompleted,
                    JobReopened,
                    LineAdded,
                    LineChanged,
                    LineRemoved,
                    RepairOrderMoved,
                    JobDecided,
                    RepairOrderRepriced {

        RepairOrderId repairOrderId();

        @Override
        default Subject subject() {
            return Subject.of("repair-order", repairOrderId().value());
        }
    }

    /** A repair order was opened, for a walk-in or at an appointment's check-in ({@code visit.appointmentId()}). */
    @AuditAction("repair-order.opened")
    public record RepairOrderOpened(
            TenantId tenantId,
            RepairOrderId repairOrderId,
            long number,
            UUID actorId,
            Visit visit,
            OrderDetails details)
            implements RepairOrderEvent {

        /** The trail keeps who and what by id; the names written on the order stay with the order. */
        @Override
        public Object after() {
            return new Opening(
                    number, visit.locationId(), visit.customerId(), visit.vehicleId(), visit.appointmentId(), details);
        }

        /** What the trail records of an opening. */
        public record Opening(
                long number,
                UUID locationId,
                UUID customerId,
                UUID vehicleId,
                UUID appointmentId,
                OrderDetails details) {}
    }

    /** An order's own details changed (advisor, technicians, odometer, promised time, concerns, notes). */
    @AuditAction("repair-order.changed")
    public record RepairOrderChanged(
            TenantId tenantId, RepairOrderId repairOrderId, UUID actorId, OrderDetails before, OrderDetails after)
            implements RepairOrderEvent {}

    /** A job was added, written by hand or from a canned job ({@code cannedJobId}), with what it comes to. */
    @AuditAction("repair-order.job-added")
    public record JobAdded(
            TenantId tenantId,
            RepairOrderId repairOrderId,
            JobId jobId,
            UUID actorId,
            UUID cannedJobId,
            Job.JobDetails details,
            List<Line> lines,
            Money total)
            implements RepairOrderEvent {}

    /** A job's title, three Cs, notes or technician changed. */
    @AuditAction("repair-order.job-changed")
    public record JobChanged(
            TenantId tenantId,
            RepairOrderId repairOrderId,
            JobId jobId,
            UUID actorId,
            Job.JobDetails before,
            Job.JobDetails after)
            implements RepairOrderEvent {}

    /** A job holding no approval was removed, with what it held. */
    @AuditAction("repair-order.job-removed")
    public record JobRemoved(
            TenantId tenantId,
            RepairOrderId repairOrderId,
            JobId jobId,
            UUID actorId,
            Job.JobDetails details,
            List<Line> lines)
            implements RepairOrderEvent {

        @Override
        public Object before() {
            return new Removed(details, lines);
        }

        @Override
        public Object after() {
            return java.util.Map.of();
        }

        /** What the removed job held. */
        public record Removed(Job.JobDetails details, List<Line> lines) {}
    }

    /** A technician (or the advisor) marked a job's work done. */
    @AuditAction("repair-order.job-completed")
    public record JobCompleted(TenantId tenantId, RepairOrderId repairOrderId, JobId jobId, UUID actorId, Instant at)
            implements RepairOrderEvent {}

    /** A job marked done was opened again. */
    @AuditAction("repair-order.job-reopened")
    public record JobReopened(TenantId tenantId, RepairOrderId repairOrderId, JobId jobId, UUID actorId, Instant at)
            implements RepairOrderEvent {}

    @AuditAction("repair-order.line-added")
    public record LineAdded(TenantId tenantId, RepairOrderId repairOrderId, JobId jobId, UUID actorId, Line line)
            implements RepairOrderEvent {}

    /** A line changed; it keeps its id and its kind. */
    @AuditAction("repair-order.line-changed")
    public record LineChanged(
            TenantId tenantId, RepairOrderId repairOrderId, JobId jobId, UUID actorId, Line before, Line after)
            implements RepairOrderEvent {}

    @AuditAction("repair-order.line-removed")
    public record LineRemoved(TenantId tenantId, RepairOrderId repairOrderId, JobId jobId, UUID actorId, Line line)
            implements RepairOrderEvent {

        @Override
        public Object before() {
            return line;
        }

        @Override
        public Object after() {
            return java.util.Map.of();
        }
    }

    /**
     * A repair order moved from one status to another, by one of the moves of {@link RepairOrder#TRANSITIONS}.
     *
     * @param actorKind who moved it: staff, or the customer whose approval did
     * @param reason why, for a hold or a cancellation
     */
    @AuditAction("repair-order.transitioned")
    public record RepairOrderMoved(
            TenantId tenantId,
            RepairOrderId repairOrderId,
            UUID actorId,
            Stamp.Kind actorKind,
            RepairOrder.Move move,
            RepairOrder.Status from,
            RepairOrder.Status to,
            String reason,
            Instant at)
            implements RepairOrderEvent {}

    /** The customer approved or declined a job (through the link, or verbally as recorded by {@code actorId}). */
    public record JobDecided(TenantId tenantId, RepairOrderId repairOrderId, UUID actorId, JobApproval decision)
            implements RepairOrderEvent {

        @Override
        public String action() {
            return decision.decision() == JobApproval.Decision.APPROVED
                    ? "repair-order.job-approved"
                    : "repair-order.job-declined";
        }

        public JobId jobId() {
            return decision.jobId();
        }

        @Override
        public Object after() {
            return new Decision(
                    decision.jobId(),
                    decision.method(),
                    decision.decidedBy(),
                    decision.versionHash(),
                    decision.jobTotal(),
                    decision.decidedAt(),
                    decision.sourceAddress(),
                    decision.userAgent());
        }

        /** What the trail keeps of a decision (the content it was made on is kept with the decision itself). */
        public record Decision(
                JobId jobId,
                JobApproval.Method method,
                String decidedBy,
                String estimateVersion,
                Money jobTotal,
                Instant decidedAt,
                String sourceAddress,
                String userAgent) {}
    }

    /**
     * The order was priced by its location's new tax rates (see {@link RepairOrder#reprice}); jobs whose total changed
     * need the customer's decision again.
     */
    @AuditAction("repair-order.repriced")
    public record RepairOrderRepriced(
            TenantId tenantId, RepairOrderId repairOrderId, UUID actorId, Pricing before, Pricing after)
            implements RepairOrderEvent {}
}
