package app.pitwall.appointments;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An appointment with the double bookings it makes: other live appointments that overlap it in the same bay or with
 * the same technician. Double booking is allowed (a shop knows when two jobs share a lift); it is only warned.
 */
public record Booking(Appointment appointment, List<DoubleBooking> warnings) {

    /** The resource two appointments share. */
    public enum Resource {
        BAY,
        TECHNICIAN
    }

    /** One clash with another appointment. */
    public record DoubleBooking(
            Resource resource,
            UUID resourceId,
            AppointmentId otherAppointmentId,
            Instant otherStartsAt,
            Instant otherEndsAt) {}
}
