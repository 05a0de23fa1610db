package app.pitwall.repairorders;

import java.util.List;
import java.util.UUID;

/**
 * A repair order to open, for a walk-in or at an appointment's check-in ({@code appointmentId}, null for a walk-in).
 * Without a service advisor, the staff member opening it is the advisor. An odometer in lower than the vehicle's last
 * reading is refused unless {@code confirmLowerOdometer}.
 */
public record NewRepairOrder(
        UUID locationId,
        UUID customerId,
        UUID vehicleId,
        OrderDetails details,
        List<NewJob> jobs,
        UUID appointmentId,
        boolean confirmLowerOdometer) {

    /** An order with no lower odometer confirmed. */
    public NewRepairOrder(
            UUID locationId,
            UUID customerId,
            UUID vehicleId,
            OrderDetails details,
            List<NewJob> jobs,
            UUID appointmentId) {
        this(locationId, customerId, vehicleId, details, jobs, appointmentId, false);
    }

    /** A walk-in. */
    public NewRepairOrder(UUID locationId, UUID customerId, UUID vehicleId, OrderDetails details, List<NewJob> jobs) {
        this(locationId, customerId, vehicleId, details, jobs, null);
    }
}
