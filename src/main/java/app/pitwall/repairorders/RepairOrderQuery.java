package app.pitwall.repairorders;

import java.util.Set;
import java.util.UUID;

/**
 * Filters of the repair-order list; null (or empty) filters match everything the actor may see.
 *
 * @param text a repair-order number, or part of the customer's name or the vehicle's description
 */
public record RepairOrderQuery(
        UUID locationId,
        Set<RepairOrder.Status> statuses,
        UUID serviceAdvisorId,
        UUID technicianId,
        UUID customerId,
        UUID vehicleId,
        String text) {

    public static RepairOrderQuery all() {
        return new RepairOrderQuery(null, Set.of(), null, null, null, null, null);
    }
}
