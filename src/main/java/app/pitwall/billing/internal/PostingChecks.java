package app.pitwall.billing.internal;

import app.pitwall.billing.BillingSettings;
import app.pitwall.billing.Invoice;
import app.pitwall.billing.InvoiceLine;
import app.pitwall.repairorders.Job;
import app.pitwall.repairorders.LaborLine;
import app.pitwall.repairorders.RepairOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The checks a draft must pass before it is posted, each one a tenant setting ({@link BillingSettings}), against the
 * order as it is now. Every unmet check is reported, not just the first, each with a code a client can branch on.
 */
final class PostingChecks {

    /** One unmet check: its stable code and what is wrong, in the shop's words. */
    record Unmet(String check, String detail) {}

    private PostingChecks() {}

    static List<Unmet> unmet(BillingSettings settings, Invoice invoice, RepairOrder order) {
        Set<UUID> billed = invoice.lines().stream()
                .map(InvoiceLine::jobId)
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        List<Job> jobs = order.jobs().stream()
                .filter(job -> billed.contains(job.id().value()))
                .toList();
        List<Unmet> unmet = new ArrayList<>();
        if (settings.checkOdometerOut() && order.details().odometerOut() == null) {
            unmet.add(new Unmet("odometer-out", "Enter the odometer reading at delivery on repair order "
                    + order.number() + "."));
        }
        if (settings.checkTechnicians()) {
            boolean orderHasTechnician = !order.details().technicianIds().isEmpty();
            for (Job job : jobs) {
                boolean labor = job.lines().stream().anyMatch(LaborLine.class::isInstance);
                if (labor && job.technicianId() == null && !orderHasTechnician) {
                    unmet.add(new Unmet("technician", "Job '" + job.title() + "' has labor but no technician."));
                }
            }
        }
        if (settings.checkJobsDone()) {
            for (Job job : jobs) {
                if (!job.done()) {
                    unmet.add(new Unmet("job-done", "Job '" + job.title() + "' is not done."));
                }
            }
        }
        if (jobs.size() != billed.size()) {
            unmet.add(new Unmet("jobs-on-order", "A billed job is no longer on repair order " + order.number() + "."));
        }
        return unmet;
    }
}
