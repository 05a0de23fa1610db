package app.pitwall.repairorders;

import app.pitwall.platform.Money;
import app.pitwall.platform.TenantId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * An estimate as its customer sees it through the approval link: the shop, the vehicle, each job with its lines and
 * prices (never costs), where each job stands and, for an approved job changed since, what was approved. Nothing
 * else of the order or the customer.
 *
 * @param totals what the jobs not declined come to
 * @param approvedTotal what the jobs approved (and unchanged since) come to
 * @param shop the tenant the estimate belongs to (for its logo)
 * @param timeZone the location's time zone, for showing dates as the shop's clock reads them
 */
public record Estimate(
        String shopName,
        String locationName,
        String locationAddress,
        long orderNumber,
        String customerName,
        String vehicleLabel,
        RepairOrder.Status status,
        String currency,
        Instant linkExpiresAt,
        List<EstimateJob> jobs,
        Totals totals,
        Money approvedTotal,
        TenantId shop,
        ZoneId timeZone) {

    /**
     * One job of the estimate.
     *
     * @param versionHash what the customer sends back with a decision on this job
     * @param decision the latest decision on it, if any
     */
    public record EstimateJob(
            JobId id,
            String title,
            String complaint,
            String correction,
            List<EstimateLine> lines,
            Totals totals,
            String versionHash,
            ApprovalStatus approvalStatus,
            Decision decision) {}

    /**
     * One line as the customer sees it.
     *
     * @param quantity the quantity of a part, or the hours of labor
     * @param unitPrice the price per unit or the hourly rate
     */
    public record EstimateLine(
            Line.Kind kind, String description, BigDecimal quantity, BigDecimal unitPrice, Money amount) {}

    /** A recorded decision: how, by whom, when, and the total of the version decided on. */
    public record Decision(
            JobApproval.Decision decision,
            JobApproval.Method method,
            String decidedBy,
            Instant decidedAt,
            Money decidedTotal,
            String decidedVersionHash) {}
}
