package app.pitwall.workorders;

import java.util.List;
import java.util.UUID;

/**
 * A repair order to open for a walk-in (check-in of an appointment opens one through {@link Appointments}). Without a
 * service advisor, the staff member opening it is the advisor.
 */
public record NewRepairOrder(
        UUID locationId, UUID customerId, UUID vehicleId, OrderDetails details, List<NewJob> jobs) {}
