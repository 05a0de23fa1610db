package app.pitwall.repairorders;

import app.pitwall.access.Actor;
import app.pitwall.platform.Page;
import java.util.List;
import java.util.Optional;

/**
 * Repair orders as staff work them: always within the actor's tenant and locations (anything else is "not found"),
 * checked against {@link WorkOrderPermissions}, versioned against lost updates ({@code expectedVersion}, if given and
 * not current, is refused as stale) and announced as {@link RepairOrderEvents}. Every change answers the order as
 * saved, at its new version.
 */
public interface RepairOrders {

    /** Orders matching the query, newest number first. */
    Page<RepairOrderSummary> list(Actor actor, RepairOrderQuery query, int limit, String cursor);

    Optional<RepairOrder> find(Actor actor, RepairOrderId id);

    /** Every status the order passed through, oldest first. */
    List<StatusChange> history(Actor actor, RepairOrderId id);

    /**
     * Opens an order for a walk-in or at a check-in, with the jobs given; its odometer in lands in the vehicle's
     * history.
     */
    RepairOrder open(Actor actor, NewRepairOrder order);

    default RepairOrder change(Actor actor, RepairOrderId id, OrderDetails changes, Integer expectedVersion) {
        return change(actor, id, changes, java.util.Set.of(), expectedVersion);
    }

    /** Changes the order's details and empties the {@code cleared} fields (promised time, odometers). */
    default RepairOrder change(
            Actor actor,
            RepairOrderId id,
            OrderDetails changes,
            java.util.Set<OrderDetails.Clearable> cleared,
            Integer expectedVersion) {
        return change(actor, id, changes, cleared, false, expectedVersion);
    }

    /**
     * Changes the order's details and empties the {@code cleared} fields. A new odometer reading lands in the vehicle's
     * history; one lower than the vehicle's last reading is refused unless {@code confirmLowerOdometer}.
     */
    RepairOrder change(
            Actor actor,
            RepairOrderId id,
            OrderDetails changes,
            java.util.Set<OrderDetails.Clearable> cleared,
            boolean confirmLowerOdometer,
            Integer expectedVersion);

    /** Adds a job with its lines, priced for the order's location (from a canned job: see {@link JobTemplates}). */
    RepairOrder addJob(Actor actor, RepairOrderId id, NewJob job, Integer expectedVersion);

    /**
     * Changes a job's text or technician. Staff with {@code repair-orders:work} only may write the three Cs and notes
     * of their own jobs.
     */
    RepairOrder changeJob(
            Actor actor,
            RepairOrderId id,
            JobId job,
            Job.JobDetails changes,
            boolean clearTechnician,
            Integer expectedVersion);

    RepairOrder removeJob(Actor actor, RepairOrderId id, JobId job, Integer expectedVersion);

    /** Marks a job's work done; its technician may do this. */
    RepairOrder completeJob(Actor actor, RepairOrderId id, JobId job, Integer expectedVersion);

    RepairOrder reopenJob(Actor actor, RepairOrderId id, JobId job, Integer expectedVersion);

    RepairOrder addLine(Actor actor, RepairOrderId id, JobId job, LineDraft line, Integer expectedVersion);

    /** Changes the given fields of a line; its kind stays. */
    RepairOrder changeLine(
            Actor actor, RepairOrderId id, JobId job, LineId line, LineDraft changes, Integer expectedVersion);

    RepairOrder removeLine(Actor actor, RepairOrderId id, JobId job, LineId line, Integer expectedVersion);

    /** Moves the order to {@code target} (see {@link RepairOrder#moveTo}); a hold or a cancellation needs a reason. */
    RepairOrder transition(
            Actor actor, RepairOrderId id, RepairOrder.Status target, String reason, Integer expectedVersion);
}
