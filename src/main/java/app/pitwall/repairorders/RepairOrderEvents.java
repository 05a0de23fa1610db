package app.pitwall.repairorders;

import app.pitwall.platform.Auditable;
import app.pitwall.platform.TenantId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What happens to repair orders, for the audit trail and other modules. Every event carries the tenant and the acting
 * staff member's id ({@code actorId}, null when a customer acted through an approval link); changes carry the changed
 * fields before and after.
 */
public final class RepairOrderEvents {

    private RepairOrderEvents() {}

    /**
     * An event of the audit trail about one repair order: the order is the subject, so its history shows its jobs,
     * lines, approvals and moves; the job and line ids are part of the recorded change.
     */
    public interface OrderEvent extends Auditable {

        RepairOrderId repairOrderId();

        @Override
        default Subject subject() {
            return Subject.of("repair-order", repairOrderId().value());
        }

        /** The fields given, in order, as name and value pairs; nulls are kept so the trail shows them as absent. */
        static Map<String, Object> fields(Object... namesAndValues) {
            Map<String, Object> fields = new LinkedHashMap<>();
            for (int i = 0; i < namesAndValues.length; i += 2) {
                fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
            }
            return fields;
        }

        /** A change's fields with the ids of what it touched added in front. */
        static Map<String, Object> tagged(Map<String, Object> change, Object... idNamesAndValues) {
            Map<String, Object> tagged = fields(idNamesAndValues);
            tagged.values().removeIf(java.util.Objects::isNull);
            tagged.putAll(change);
            return java.util.Collections.unmodifiableMap(tagged);
        }

        static Map<String, Object> decision(
                JobId job,
                JobApproval.Method method,
                String decidedBy,
                String versionHash,
                BigDecimal jobTotal,
                Instant decidedAt,
                String sourceAddress,
                String userAgent) {
            return fields(
                    "jobId", job.value(),
                    "method", method,
                    "decidedBy", decidedBy,
                    "estimateVersion", versionHash,
                    "jobTotal", jobTotal,
                    "decidedAt", decidedAt,
                    "sourceAddress", sourceAddress,
                    "userAgent", userAgent);
        }
    }

    /** A repair order was opened, at check-in or for a walk-in. */
    public record RepairOrderOpened(
            TenantId tenantId, RepairOrderId repairOrderId, long number, UUID actorId, Map<String, Object> after)
            implements OrderEvent {

        public RepairOrderOpened {
            after = OrderEvent.tagged(after, "number", number);
        }

        @Override
        public String action() {
            return "repair-order.opened";
        }
    }

    /** An order's own details changed (advisor, technicians, odometer, promised time, concerns, notes). */
    public record RepairOrderChanged(
            TenantId tenantId,
            RepairOrderId repairOrderId,
            UUID actorId,
            Map<String, Object> before,
            Map<String, Object> after)
            implements OrderEvent {

        @Override
        public String action() {
            return "repair-order.changed";
        }
    }

    public record JobAdded(
            TenantId tenantId,
            RepairOrderId repairOrderId,
            JobId jobId,
            UUID actorId,
            UUID cannedJobId,
            Map<String, Object> after)
            implements OrderEvent {

        public JobAdded {
            after = OrderEvent.tagged(after, "jobId", jobId.value(), "cannedJobId", cannedJobId);
        }

        @Override
        public String action() {
            return "repair-order.job-added";
        }
    }

    /** A job's title, three Cs, notes or technician changed. */
    public record JobChanged(
            TenantId tenantId,
            RepairOrderId repairOrderId,
            JobId jobId,
            UUID actorId,
            Map<String, Object> before,
            Map<String, Object> after)
            implements OrderEvent {

        public JobChanged {
            before = OrderEvent.tagged(before, "jobId", jobId.value());
            after = OrderEvent.tagged(after, "jobId", jobId.value());
        }

        @Override
        public String action() {
            return "repair-order.job-changed";
        }
    }

    public record JobRemoved(
            TenantId tenantId, RepairOrderId repairOrderId, JobId jobId, UUID actorId, Map<String, Object> before)
            implements OrderEvent {

        public JobRemoved {
            before = OrderEvent.tagged(before, "jobId", jobId.value());
        }

        @Override
        public String action() {
            return "repair-order.job-removed";
        }
    }

    /** A technician (or the advisor) marked a job's work done. */
    public record JobCompleted(TenantId tenantId, RepairOrderId repairOrderId, JobId jobId, UUID actorId, Instant at)
            implements OrderEvent {

        @Override
        public String action() {
            return "repair-order.job-completed";
        }

        @Override
        public Map<String, ?> after() {
            return OrderEvent.fields("jobId", jobId.value(), "at", at);
        }
    }

    /** A job marked done was opened again. */
    public record JobReopened(TenantId tenantId, RepairOrderId repairOrderId, JobId jobId, UUID actorId, Instant at)
            implements OrderEvent {

        @Override
        public String action() {
            return "repair-order.job-reopened";
        }

        @Override
        public Map<String, ?> after() {
            return OrderEvent.fields("jobId", jobId.value(), "at", at);
        }
    }

    public record LineAdded(
            TenantId tenantId,
            RepairOrderId repairOrderId,
            JobId jobId,
            LineId lineId,
            UUID actorId,
            Map<String, Object> after)
            implements OrderEvent {

        public LineAdded {
            after = OrderEvent.tagged(after, "jobId", jobId.value(), "lineId", lineId.value());
        }

        @Override
        public String action() {
            return "repair-order.line-added";
        }
    }

    public record LineChanged(
            TenantId tenantId,
            RepairOrderId repairOrderId,
            JobId jobId,
            LineId lineId,
            UUID actorId,
            Map<String, Object> before,
            Map<String, Object> after)
            implements OrderEvent {

        public LineChanged {
            before = OrderEvent.tagged(before, "jobId", jobId.value(), "lineId", lineId.value());
            after = OrderEvent.tagged(after, "jobId", jobId.value(), "lineId", lineId.value());
        }

        @Override
        public String action() {
            return "repair-order.line-changed";
        }
    }

    public record LineRemoved(
            TenantId tenantId,
            RepairOrderId repairOrderId,
            JobId jobId,
            LineId lineId,
            UUID actorId,
            Map<String, Object> before)
            implements OrderEvent {

        public LineRemoved {
            before = OrderEvent.tagged(before, "jobId", jobId.value(), "lineId", lineId.value());
        }

        @Override
        public String action() {
            return "repair-order.line-removed";
        }
    }

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
            implements StatusChanged, OrderEvent {

        @Override
        public String action() {
            return "repair-order.transitioned";
        }

        @Override
        public Map<String, ?> after() {
            return OrderEvent.fields("from", from, "to", to, "reason", reason, "actorKind", actorKind, "at", at);
        }
    }

    public record RepairOrderApproved(
            TenantId tenantId,
            RepairOrderId repairOrderId,
            UUID actorId,
            Stamp.Kind actorKind,
            RepairOrder.Status from,
            RepairOrder.Status to,
            String reason,
            Instant at)
            implements StatusChanged, OrderEvent {

        @Override
        public String action() {
            return "repair-order.transitioned";
        }

        @Override
        public Map<String, ?> after() {
            return OrderEvent.fields("from", from, "to", to, "reason", reason, "actorKind", actorKind, "at", at);
        }
    }

    public record RepairOrderWorkStarted(
            TenantId tenantId,
            RepairOrderId repairOrderId,
            UUID actorId,
            Stamp.Kind actorKind,
            RepairOrder.Status from,
            RepairOrder.Status to,
            String reason,
            Instant at)
            implements StatusChanged, OrderEvent {

        @Override
        public String action() {
            return "repair-order.transitioned";
        }

        @Override
        public Map<String, ?> after() {
            return OrderEvent.fields("from", from, "to", to, "reason", reason, "actorKind", actorKind, "at", at);
        }
    }

    public record RepairOrderPutOnHold(
            TenantId tenantId,
            RepairOrderId repairOrderId,
            UUID actorId,
            Stamp.Kind actorKind,
            RepairOrder.Status from,
            RepairOrder.Status to,
            String reason,
            Instant at)
            implements StatusChanged, OrderEvent {

        @Override
        public String action() {
            return "repair-order.transitioned";
        }

        @Override
        public Map<String, ?> after() {
            return OrderEvent.fields("from", from, "to", to, "reason", reason, "actorKind", actorKind, "at", at);
        }
    }

    public record RepairOrderResumed(
            TenantId tenantId,
            RepairOrderId repairOrderId,
            UUID actorId,
            Stamp.Kind actorKind,
            RepairOrder.Status from,
            RepairOrder.Status to,
            String reason,
            Instant at)
            implements StatusChanged, OrderEvent {

        @Override
        public String action() {
            return "repair-order.transitioned";
        }

        @Override
        public Map<String, ?> after() {
            return OrderEvent.fields("from", from, "to", to, "reason", reason, "actorKind", actorKind, "at", at);
        }
    }

    public record RepairOrderMarkedReady(
            TenantId tenantId,
            RepairOrderId repairOrderId,
            UUID actorId,
            Stamp.Kind actorKind,
            RepairOrder.Status from,
            RepairOrder.Status to,
            String reason,
            Instant at)
            implements StatusChanged, OrderEvent {

        @Override
        public String action() {
            return "repair-order.transitioned";
        }

        @Override
        public Map<String, ?> after() {
            return OrderEvent.fields("from", from, "to", to, "reason", reason, "actorKind", actorKind, "at", at);
        }
    }

    public record RepairOrderCancelled(
            TenantId tenantId,
            RepairOrderId repairOrderId,
            UUID actorId,
            Stamp.Kind actorKind,
            RepairOrder.Status from,
            RepairOrder.Status to,
            String reason,
            Instant at)
            implements StatusChanged, OrderEvent {

        @Override
        public String action() {
            return "repair-order.transitioned";
        }

        @Override
        public Map<String, ?> after() {
            return OrderEvent.fields("from", from, "to", to, "reason", reason, "actorKind", actorKind, "at", at);
        }
    }

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
            String userAgent)
            implements OrderEvent {

        @Override
        public String action() {
            return "repair-order.job-approved";
        }

        @Override
        public Map<String, ?> after() {
            return OrderEvent.decision(
                    jobId, method, decidedBy, versionHash, jobTotal, decidedAt, sourceAddress, userAgent);
        }
    }

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
            String userAgent)
            implements OrderEvent {

        @Override
        public String action() {
            return "repair-order.job-declined";
        }

        @Override
        public Map<String, ?> after() {
            return OrderEvent.decision(
                    jobId, method, decidedBy, versionHash, jobTotal, decidedAt, sourceAddress, userAgent);
        }
    }

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
