package app.pitwall.appointments.web;

import app.pitwall.access.Actor;
import app.pitwall.appointments.Appointment;
import app.pitwall.appointments.AppointmentId;
import app.pitwall.appointments.Appointments;
import app.pitwall.appointments.Booking;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Finds, before a booking or a move is saved, the live appointments it would share a bay or a technician with at
 * overlapping times, so that the form can ask the user to confirm. The rule is the one the backend answers as
 * {@link Booking#warnings()} after saving: same location calendar, not cancelled, overlapping, same bay or same
 * technician. Appointments last at most a day, so looking a day back finds every overlap.
 */
@Component
class DoubleBookings {

    private static final int PAGE = 500;

    private final Appointments appointments;

    DoubleBookings(Appointments appointments) {
        this.appointments = appointments;
    }

    /** A clash to show: which resource, and the other appointment on the shop's clock. */
    record Clash(String resource, UUID otherId, String customerName, String time, String date) {}

    List<Clash> of(
            Actor actor,
            UUID location,
            ZoneId zone,
            AppointmentId self,
            UUID bay,
            UUID technician,
            Instant starts,
            Instant ends) {
        List<Clash> clashes = new ArrayList<>();
        if (bay == null && technician == null) {
            return clashes;
        }
        String cursor = null;
        do {
            var page = appointments.list(actor, location, starts.minus(Duration.ofDays(1)), ends, PAGE, cursor);
            for (Booking booking : page.items()) {
                Appointment other = booking.appointment();
                if (other.status() == Appointment.Status.CANCELLED
                        || other.id().equals(self)
                        || !other.startsAt().isBefore(ends)
                        || !other.endsAt().isAfter(starts)) {
                    continue;
                }
                CalendarCard card = CalendarCard.of(booking, zone);
                if (bay != null
                        && other.bayId() != null
                        && bay.equals(other.bayId().value())) {
                    clashes.add(clash("BAY", card));
                }
                if (technician != null && technician.equals(other.technicianId())) {
                    clashes.add(clash("TECHNICIAN", card));
                }
            }
            cursor = page.nextCursor();
        } while (cursor != null);
        return clashes;
    }

    private static Clash clash(String resource, CalendarCard other) {
        return new Clash(
                resource,
                other.id(),
                other.customerName(),
                other.time(),
                other.startsAt().toLocalDate().toString());
    }
}
