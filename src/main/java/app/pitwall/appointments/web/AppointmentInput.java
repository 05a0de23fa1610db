package app.pitwall.appointments.web;

import app.pitwall.appointments.AppointmentDetails;
import app.pitwall.platform.web.FormErrors;
import app.pitwall.platform.web.WallClock;
import app.pitwall.shopsetup.BayId;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;

/**
 * Reads a submitted appointment form into what the {@code Appointments} service takes: the start on the location's
 * clock, the end from the duration (5 minutes to a day), a customer, and at most 20 requested services. What does
 * not fit is recorded in the form's errors at its input.
 */
final class AppointmentInput {

    private AppointmentInput() {}

    /** When the appointment starts and ends. */
    record Times(Instant starts, Instant ends) {}

    /** The times, or null with the reasons in {@code errors}. */
    static Times times(AppointmentForm form, ZoneId zone, FormErrors errors, MessageSource messages, Locale locale) {
        if (form.customer() == null) {
            errors.field("customerId", messages.getMessage("appointment.customer.required", null, locale));
        }
        String date = form.date() == null ? "" : form.date();
        String time = form.time() == null ? "" : form.time();
        Instant starts = WallClock.instant(date, time, zone, "date", "time", errors, messages, locale);
        int minutes = form.durationMinutes() == null || form.durationMinutes().isBlank()
                ? 0
                : Integer.parseInt(form.durationMinutes());
        if (minutes < 5 || minutes > 1440) {
            errors.field("durationMinutes", messages.getMessage("form.duration.invalid", null, locale));
        }
        List<String> services = form.serviceList();
        if (services.size() > 20 || services.stream().anyMatch(line -> line.length() > 200)) {
            errors.field("services", messages.getMessage("appointment.services.invalid", null, locale));
        }
        if (!errors.isEmpty() || starts == null) {
            return null;
        }
        return new Times(starts, starts.plus(Duration.ofMinutes(minutes)));
    }

    /** The booking or change; {@code location} only for a booking (an appointment stays where it is). */
    static AppointmentDetails details(UUID location, AppointmentForm form, Times times) {
        return new AppointmentDetails(
                location,
                form.bay() == null ? null : new BayId(form.bay()),
                form.technician(),
                form.customer(),
                form.vehicle(),
                times.starts(),
                times.ends(),
                form.serviceList(),
                form.notes() == null ? "" : form.notes());
    }
}
