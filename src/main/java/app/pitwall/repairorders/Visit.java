package app.pitwall.repairorders;

import java.util.UUID;

/**
 * Who brought which vehicle to which location: fixed for the life of a repair order. The customer's name and the
 * vehicle's description are kept as written when the order was opened, like a printed order; they are the only
 * customer details a repair order shows.
 *
 * @param appointmentId the appointment checked in, or null for a walk-in
 */
public record Visit(
        UUID locationId,
        UUID customerId,
        UUID vehicleId,
        String customerName,
        String vehicleLabel,
        UUID appointmentId) {}
