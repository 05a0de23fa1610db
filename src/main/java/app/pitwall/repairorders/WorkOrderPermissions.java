package app.pitwall.repairorders;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;

/**
 * Who may do what to a repair order, beyond the permission each endpoint declares. One place for the API, the pages
 * and the tests to read:
 *
 * <ul>
 *   <li>Money (prices, rates, costs, totals, tax, margins) is shown only to staff with {@code repair-orders:write};
 *       technicians and viewers see the work, not what it costs.
 *   <li>Status moves need {@code repair-orders:transition}; a technician assigned to the order (or to one of its jobs)
 *       may, with {@code repair-orders:work}, make the moves the transition table marks for them: start work, put on
 *       hold, resume, mark ready.
 *   <li>With {@code repair-orders:work} only, a technician writes the three Cs and notes of their own jobs and marks
 *       them done; a job is theirs if it names them, or names nobody on an order assigned to them.
 *   <li>Discounts above the tenant's cap need {@code discounts:approve}.
 * </ul>
 */
public final class WorkOrderPermissions {

    private WorkOrderPermissions() {}

    public static boolean seesMoney(Actor actor) {
        return actor.can(Permission.REPAIR_ORDERS_WRITE);
    }

    public static boolean mayMove(Actor actor, RepairOrder order, RepairOrder.Transition move) {
        return actor.can(Permission.REPAIR_ORDERS_TRANSITION)
                || (move.assignedTechnicianMay()
                        && actor.can(Permission.REPAIR_ORDERS_WORK)
                        && order.isAssignedTo(actor.userId()));
    }

    /** Whether the actor may write up and finish this job. */
    public static boolean mayWorkOn(Actor actor, RepairOrder order, Job job) {
        if (actor.can(Permission.REPAIR_ORDERS_WRITE)) {
            return true;
        }
        if (!actor.can(Permission.REPAIR_ORDERS_WORK)) {
            return false;
        }
        return job.technicianId() == null
                ? order.details().technicianIds().contains(actor.userId())
                : job.technicianId().equals(actor.userId());
    }

    public static boolean mayGiveDiscountOf(Actor actor, java.math.BigDecimal percent, java.math.BigDecimal cap) {
        return percent.compareTo(cap) <= 0 || actor.can(Permission.DISCOUNTS_APPROVE);
    }
}
