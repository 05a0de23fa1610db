package app.pitwall.appointments.internal;

import app.pitwall.access.Actor;
import app.pitwall.access.Scope;
import app.pitwall.appointments.Appointment;
import app.pitwall.appointments.AppointmentId;
import app.pitwall.platform.ConflictException;
import app.pitwall.platform.NotFoundException;
import app.pitwall.platform.web.ProblemType;
import java.util.Map;

/** An appointment that may still change: found for the actor, at the expected version, and still booked. */
final class BookedAppointments {

    private BookedAppointments() {}

    static Appointment booked(AppointmentRows rows, Actor actor, AppointmentId id, Integer expectedVersion) {
        Appointment current =
                rows.find(Scope.of(actor), id, true).orElseThrow(() -> new NotFoundException("Appointment"));
        if (expectedVersion != null && expectedVersion != current.version()) {
            throw new ConflictException(
                    ProblemType.STALE_VERSION,
                    "Someone else changed this appointment (now at version " + current.version() + "); reload it.",
                    Map.of("currentVersion", current.version()));
        }
        if (current.status() != Appointment.Status.BOOKED) {
            throw new ConflictException(
                    ProblemType.APPOINTMENT_CLOSED,
                    "The appointment is " + current.status() + "; it can no longer change.",
                    Map.of("currentStatus", current.status().name()));
        }
        return current;
    }
}
