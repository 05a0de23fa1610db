package app.pitwall.repairorders.api;

import java.util.List;
import java.util.UUID;

/**
 * A repair order as its staff page shows it, with every text already decided: money fields are null for staff who do
 * not see money, and no customer contact detail is ever part of it (an order knows its customer's name only).
 */
public record RepairOrderView(
        UUID id,
        long number,
        String status,
        String statusReason,
        UUID locationId,
        String locationName,
        String customerName,
        String vehicleLabel,
        String advisorName,
        List<String> technicianNames,
        Integer odometerIn,
        Integer odometerOut,
        String promised,
        List<String> concerns,
        String internalNotes,
        String currency,
        Amounts totals,
        List<JobCard> jobs,
        List<Move> moves,
        boolean acceptsChanges,
        int version) {

    /** What a job or the order comes to, as text in the order's currency. */
    public record Amounts(String labor, String parts, String fees, String discounts, String tax, String total) {}

    /**
     * One job: its text, its lines and where it stands with the customer.
     *
     * @param mayWork whether the user may write up this job's three Cs and mark it done
     * @param difference what changed since the customer approved it; null unless it changed
     */
    public record JobCard(
            UUID id,
            int number,
            String title,
            String complaint,
            String cause,
            String correction,
            String notes,
            String technicianName,
            boolean done,
            String completed,
            String approvalStatus,
            Decision decision,
            List<LineRow> lines,
            Amounts totals,
            boolean mayWork,
            Difference difference) {}

    /** The customer's latest decision on a job; verbal ones say so. */
    public record Decision(String decision, String method, boolean verbal, String decidedBy, String decidedAt) {}

    /**
     * An approved job against what it is now: totals (money users only) and the lines only one of them has.
     *
     * @param approvedOnly lines (or a title) as approved that are no longer so
     * @param currentOnly lines (or a title) as they are now that were not approved
     */
    public record Difference(
            String approvedTotal, String currentTotal, List<String> approvedOnly, List<String> currentOnly) {}

    /**
     * One line item.
     *
     * @param quantity hours of labor or a quantity of parts
     * @param price rate, unit price, percent or amount; null without money
     * @param amount what the line comes to (discounts negative); null without money
     */
    public record LineRow(
            UUID id,
            String kind,
            String description,
            String partNumber,
            String condition,
            String quantity,
            String price,
            String amount,
            boolean taxable) {}

    /**
     * A status the user may move the order to now, named for what happens ({@code startWork}, {@code putOnHold}...);
     * hold and cancel ask for a reason first.
     */
    public record Move(String to, String action, boolean needsReason) {}

    /** One entry of the status history. */
    public record HistoryRow(String from, String to, String reason, String actor, boolean customer, String at) {}

    /** Work declined at an earlier visit of the vehicle; {@code id} is the deferred job's, to add it again. */
    public record DeferredRow(
            UUID id,
            String title,
            String complaint,
            long orderNumber,
            UUID orderId,
            String declinedBy,
            String at,
            String total) {}
}
