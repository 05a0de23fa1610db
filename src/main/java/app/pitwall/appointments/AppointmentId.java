package app.pitwall.appointments;

import java.util.UUID;

/** Identifies an appointment on a location's calendar. */
public record AppointmentId(UUID value) {

    public static AppointmentId random() {
        return new AppointmentId(UUID.randomUUID());
    }
}
