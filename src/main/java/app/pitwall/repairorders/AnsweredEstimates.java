package app.pitwall.repairorders;

import app.pitwall.access.Actor;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The estimates customers answered lately at a location: what the front desk has to act on next. */
public interface AnsweredEstimates {

    /**
     * Orders of the location with decisions recorded after {@code since}, the latest answered first. The location
     * must be one the actor may use (else "not found").
     */
    List<AnsweredEstimate> since(Actor actor, UUID locationId, Instant since, int limit);

    /**
     * One order's answers since then.
     *
     * @param approved decisions approving a job
     * @param declined decisions declining one
     * @param throughLink whether the customer answered through the approval link (else staff recorded it)
     * @param answeredAt when the latest of them was recorded
     */
    record AnsweredEstimate(
            RepairOrderId order,
            long number,
            String customerName,
            String vehicleLabel,
            int approved,
            int declined,
            boolean throughLink,
            Instant answeredAt) {}
}
