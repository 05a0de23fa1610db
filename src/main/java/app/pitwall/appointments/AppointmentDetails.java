package app.pitwall.appointments;

import app.pitwall.shopsetup.BayId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What staff write on an appointment. For a booking, location, customer and times are required; for a change, null
 * fields stay as they are (use {@code clearBay}/{@code clearTechnician} of {@link Appointments#change} to free them).
 */
public record AppointmentDetails(
        UUID locationId,
        BayId bayId,
        UUID technicianId,
        UUID customerId,
        UUID vehicleId,
        Instant startsAt,
        Instant endsAt,
        List<String> requestedServices,
        String notes) {}
