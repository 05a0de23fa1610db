package app.pitwall.approvals.web;

import app.pitwall.platform.web.Formats;
import app.pitwall.repairorders.ApprovalStatus;
import app.pitwall.repairorders.Estimate;
import app.pitwall.repairorders.JobApproval;
import app.pitwall.repairorders.Line;
import app.pitwall.repairorders.Totals;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The estimate as the approval page shows it: amounts formatted in the order's currency for the customer's language,
 * times on the shop's clock, and for each job where it stands. Only what {@link Estimate} holds, so only what the
 * customer may see.
 */
final class ApprovalViews {

    private ApprovalViews() {}

    record EstimateView(
            String shopName,
            String locationName,
            String locationAddress,
            long orderNumber,
            String customerName,
            String vehicleLabel,
            String expires,
            List<JobView> jobs,
            TotalsView totals,
            String approvedTotal,
            boolean anyDecidable) {}

    /**
     * One job. {@code status} is the {@link ApprovalStatus} name; {@code decidable} says whether the page offers a
     * choice (not for a job approved and unchanged since: the customer calls the shop to change that).
     */
    record JobView(
            int number,
            String id,
            String title,
            String complaint,
            String correction,
            List<LineView> lines,
            TotalsView totals,
            String versionHash,
            String status,
            boolean decidable,
            DecisionView decision) {}

    /** A line: hours at a rate for labor, a quantity at a unit price for parts, only the amount for the rest. */
    record LineView(String kind, String description, String quantity, String unitPrice, String amount) {

        public boolean discount() {
            return Line.Kind.DISCOUNT.name().equals(kind);
        }
    }

    record DecisionView(String decision, boolean verbal, String decidedBy, String decidedAt, String decidedTotal) {}

    record TotalsView(String labor, String parts, String fees, String discounts, String tax, String total) {}

    /** After the customer confirmed: who signed, when, and what they approved and declined. */
    record Confirmation(
            String signedBy, String signedAt, List<ConfirmedJob> approved, List<ConfirmedJob> declined, String total) {}

    record ConfirmedJob(String title, String total) {}

    static EstimateView of(Estimate estimate, Locale locale) {
        Formats format = new Formats(estimate.currency(), estimate.timeZone(), locale);
        List<JobView> jobs = new java.util.ArrayList<>();
        for (int i = 0; i < estimate.jobs().size(); i++) {
            jobs.add(job(i + 1, estimate.jobs().get(i), format));
        }
        return new EstimateView(
                estimate.shopName(),
                estimate.locationName(),
                estimate.locationAddress(),
                estimate.orderNumber(),
                estimate.customerName(),
                estimate.vehicleLabel(),
                format.time(estimate.linkExpiresAt()),
                jobs,
                totals(estimate.totals(), format),
                format.money(estimate.approvedTotal()),
                jobs.stream().anyMatch(JobView::decidable));
    }

    static Confirmation confirmation(Estimate estimate, Locale locale) {
        Formats format = new Formats(estimate.currency(), estimate.timeZone(), locale);
        Estimate.Decision latest = estimate.jobs().stream()
                .map(Estimate.EstimateJob::decision)
                .filter(Objects::nonNull)
                .filter(decision -> decision.method() == JobApproval.Method.LINK)
                .max(Comparator.comparing(Estimate.Decision::decidedAt))
                .orElse(null);
        return new Confirmation(
                latest == null ? null : latest.decidedBy(),
                latest == null ? null : format.time(latest.decidedAt()),
                confirmed(estimate, ApprovalStatus.APPROVED, format),
                confirmed(estimate, ApprovalStatus.DECLINED, format),
                format.money(estimate.approvedTotal()));
    }

    private static List<ConfirmedJob> confirmed(Estimate estimate, ApprovalStatus status, Formats format) {
        return estimate.jobs().stream()
                .filter(job -> job.approvalStatus() == status)
                .map(job ->
                        new ConfirmedJob(job.title(), format.money(job.totals().total())))
                .toList();
    }

    private static JobView job(int number, Estimate.EstimateJob job, Formats format) {
        Estimate.Decision decision = job.decision();
        return new JobView(
                number,
                job.id().value().toString(),
                job.title(),
                job.complaint(),
                job.correction(),
                job.lines().stream()
                        .map(line -> new LineView(
                                line.kind().name(),
                                line.description(),
                                line.quantity() == null
                                        ? null
                                        : line.quantity().stripTrailingZeros().toPlainString(),
                                format.money(line.unitPrice()),
                                format.money(line.amount())))
                        .toList(),
                totals(job.totals(), format),
                job.versionHash(),
                job.approvalStatus().name(),
                job.approvalStatus() != ApprovalStatus.APPROVED,
                decision == null
                        ? null
                        : new DecisionView(
                                decision.decision().name(),
                                decision.method().verbal(),
                                decision.decidedBy(),
                                format.time(decision.decidedAt()),
                                format.money(decision.decidedTotal())));
    }

    private static TotalsView totals(Totals totals, Formats format) {
        return new TotalsView(
                format.money(totals.labor()),
                format.money(totals.parts()),
                format.money(totals.fees()),
                totals.discounts().signum() == 0 ? null : format.money(totals.discounts()),
                format.money(totals.tax()),
                format.money(totals.total()));
    }
}
