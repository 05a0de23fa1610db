package app.pitwall.repairorders.api;

import static app.pitwall.platform.web.Formats.plain;

import app.pitwall.access.Actor;
import app.pitwall.platform.web.ShopTimes;
import app.pitwall.repairorders.ApprovalStatus;
import app.pitwall.repairorders.Job;
import app.pitwall.repairorders.JobApproval;
import app.pitwall.repairorders.JobPrice;
import app.pitwall.repairorders.Line;
import app.pitwall.repairorders.LineDraft;
import app.pitwall.repairorders.PartLine;
import app.pitwall.repairorders.RepairOrder;
import app.pitwall.repairorders.RepairOrderSummary;
import app.pitwall.repairorders.StatusChange;
import app.pitwall.repairorders.WorkOrderPermissions;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * What the API answers about repair orders. Money (prices, rates, costs, amounts, totals) is filled in only for staff
 * who see money ({@link WorkOrderPermissions#seesMoney}); for everyone else those fields are absent. Customer contact
 * details never appear: an order knows its customer's name only.
 */
public final class RepairOrderViews {

    private RepairOrderViews() {}

    public record RepairOrderView(
            UUID id,
            long number,
            RepairOrder.Status status,
            String statusReason,
            UUID locationId,
            String timeZone,
            String currency,
            UUID customerId,
            UUID vehicleId,
            String customerName,
            String vehicleLabel,
            UUID appointmentId,
            UUID serviceAdvisorId,
            List<UUID> technicianIds,
            Integer odometerIn,
            Integer odometerOut,
            Instant promisedAt,
            LocalDateTime promisedAtLocal,
            List<String> concerns,
            String internalNotes,
            List<JobView> jobs,
            MoneyText.TotalsView totals,
            Instant createdAt,
            Instant updatedAt,
            int version) {}

    /**
     * A job; {@code approval} is its latest decision and {@code approvalStatus} compares it with {@code
     * versionHash}, the job as it is now.
     */
    public record JobView(
            UUID id,
            String title,
            String complaint,
            String cause,
            String correction,
            String technicianNotes,
            UUID technicianId,
            UUID cannedJobId,
            boolean done,
            Instant completedAt,
            UUID completedBy,
            List<LineView> lines,
            MoneyText.TotalsView totals,
            String versionHash,
            ApprovalStatus approvalStatus,
            ApprovalView approval) {}

    /** A line as written, and what it comes to ({@code lineAmount}). */
    public record LineView(
            UUID id,
            Line.Kind kind,
            String description,
            String partNumber,
            PartLine.Condition condition,
            String quantity,
            String unitCost,
            String unitPrice,
            String hours,
            String rate,
            UUID laborRateId,
            String amount,
            String percent,
            String cap,
            Line.FeeKind feeKind,
            Line.TaxClass discountTarget,
            boolean taxable,
            String lineAmount) {}

    /**
     * A customer's decision. {@code verbal} marks decisions staff recorded from a phone call or at the counter; {@code
     * current} tells whether the job is still the version decided on.
     */
    public record ApprovalView(
            JobApproval.Decision decision,
            JobApproval.Method method,
            boolean verbal,
            String decidedBy,
            Instant decidedAt,
            Instant recordedAt,
            UUID recordedBy,
            String versionHash,
            boolean current,
            String decidedTotal,
            String sourceAddress,
            String userAgent) {}

    public record SummaryView(
            UUID id,
            long number,
            RepairOrder.Status status,
            String statusReason,
            UUID locationId,
            UUID customerId,
            UUID vehicleId,
            String customerName,
            String vehicleLabel,
            UUID serviceAdvisorId,
            List<UUID> technicianIds,
            Instant promisedAt,
            LocalDateTime promisedAtLocal,
            String total,
            String currency,
            int jobCount,
            int jobsDone,
            Instant createdAt,
            Instant updatedAt,
            int version) {}

    public record StatusChangeView(
            RepairOrder.Status from,
            RepairOrder.Status to,
            String reason,
            String actorKind,
            UUID actorId,
            String actorName,
            Instant at) {}

    public static RepairOrderView of(RepairOrder order, Actor actor, ZoneId zone) {
        boolean money = WorkOrderPermissions.seesMoney(actor);
        var details = order.details();
        return new RepairOrderView(
                order.id().value(),
                order.number(),
                order.status(),
                order.statusReason(),
                order.visit().locationId(),
                zone.getId(),
                order.pricing().currency().getCurrencyCode(),
                order.visit().customerId(),
                order.visit().vehicleId(),
                order.visit().customerName(),
                order.visit().vehicleLabel(),
                order.visit().appointmentId(),
                details.serviceAdvisorId(),
                details.technicianIds(),
                details.odometerIn(),
                details.odometerOut(),
                details.promisedAt(),
                ShopTimes.local(details.promisedAt(), zone),
                details.concerns(),
                details.internalNotes(),
                order.jobs().stream().map(job -> job(job, money)).toList(),
                money ? MoneyText.TotalsView.of(order.totals()) : null,
                order.createdAt(),
                order.updatedAt(),
                order.version());
    }

    public static JobView job(Job job, boolean money) {
        JobPrice price = job.price();
        Job.JobDetails details = job.details();
        String hash = job.versionHash();
        return new JobView(
                job.id().value(),
                details.title(),
                details.complaint(),
                details.cause(),
                details.correction(),
                details.technicianNotes(),
                details.technicianId(),
                job.cannedJobId(),
                job.done(),
                job.completedAt(),
                job.completedBy(),
                job.lines().stream().map(line -> line(line, price, money)).toList(),
                money ? MoneyText.TotalsView.of(price.totals()) : null,
                hash,
                job.approvalStatus(),
                job.approval().map(approval -> approval(approval, hash, money)).orElse(null));
    }

    public static ApprovalView approval(JobApproval approval, String currentHash, boolean money) {
        return new ApprovalView(
                approval.decision(),
                approval.method(),
                approval.method().verbal(),
                approval.decidedBy(),
                approval.decidedAt(),
                approval.recordedAt(),
                approval.recordedBy(),
                approval.versionHash(),
                approval.versionHash().equals(currentHash),
                money ? MoneyText.text(approval.jobTotal()) : null,
                money ? approval.sourceAddress() : null,
                money ? approval.userAgent() : null);
    }

    private static LineView line(Line line, JobPrice price, boolean money) {
        LineDraft flat = LineDraft.of(line);
        return new LineView(
                line.id().value(),
                line.kind(),
                line.description(),
                flat.partNumber(),
                flat.condition(),
                plain(flat.quantity()),
                money ? plain(flat.unitCost()) : null,
                money ? plain(flat.unitPrice()) : null,
                plain(flat.hours()),
                money ? plain(flat.rate()) : null,
                flat.laborRateId() == null ? null : flat.laborRateId().value(),
                money ? plain(flat.amount()) : null,
                money ? plain(flat.percent()) : null,
                money ? plain(flat.cap()) : null,
                flat.feeKind(),
                flat.discountTarget(),
                flat.taxable(),
                money ? MoneyText.text(price.amountOf(line.id())) : null);
    }

    public static SummaryView summary(RepairOrderSummary order, Actor actor, ZoneId zone) {
        return new SummaryView(
                order.id().value(),
                order.number(),
                order.status(),
                order.statusReason(),
                order.locationId(),
                order.customerId(),
                order.vehicleId(),
                order.customerName(),
                order.vehicleLabel(),
                order.serviceAdvisorId(),
                order.technicianIds(),
                order.promisedAt(),
                ShopTimes.local(order.promisedAt(), zone),
                WorkOrderPermissions.seesMoney(actor) ? MoneyText.text(order.total()) : null,
                order.currency(),
                order.jobCount(),
                order.jobsDone(),
                order.createdAt(),
                order.updatedAt(),
                order.version());
    }

    public static StatusChangeView change(StatusChange change) {
        return new StatusChangeView(
                change.from(),
                change.to(),
                change.reason(),
                change.actorKind().name(),
                change.actorId(),
                change.actorName(),
                change.at());
    }
}
