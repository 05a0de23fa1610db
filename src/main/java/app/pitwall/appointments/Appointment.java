package app.pitwall.appointments;

import app.pitwall.repairorders.RepairOrderId;
import app.pitwall.shopsetup.BayId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A booking on a location's calendar: a customer (and usually a vehicle) expected from {@code startsAt} to {@code
 * endsAt}, in a bay and with a technician if chosen, for the services asked for. Times are instants; the location's
 * time zone says what they are on the shop's clock. Checking in turns it into a repair order.
 */
public record Appointment(
        AppointmentId id,
        UUID locationId,
        BayId bayId,
        UUID technicianId,
        UUID customerId,
        UUID vehicleId,
        String customerName,
        String vehicleLabel,
        Instant startsAt,
        Instant endsAt,
        List<String> requestedServices,
        String notes,
        Status status,
        String cancelReason,
        RepairOrderId repairOrderId,
        Instant createdAt,
        Instant updatedAt,
        int version) {

    /** Where an appointment stands. */
    public enum Status {
        BOOKED,
        CHECKED_IN,
        CANCELLED
    }
}
