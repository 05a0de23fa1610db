package app.pitwall.appointments.web;

import app.pitwall.appointments.Appointment;
import app.pitwall.platform.web.FormFields;
import app.pitwall.platform.web.ShopTimes;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The appointment form as the browser sends it, all text so that what was typed can be shown again. Date and time
 * are the location's wall clock; requested services are one per line. {@code customerQuery} only finds customers to
 * choose from.
 */
record AppointmentForm(
        @Pattern(regexp = ID, message = "{form.choice.invalid}")
        String locationId,

        @Size(max = 100) String customerQuery,

        @Pattern(regexp = ID, message = "{form.choice.invalid}")
        String customerId,

        @Pattern(regexp = ID, message = "{form.choice.invalid}")
        String vehicleId,

        @Pattern(regexp = ID, message = "{form.choice.invalid}")
        String bayId,

        @Pattern(regexp = ID, message = "{form.choice.invalid}")
        String technicianId,

        @Pattern(regexp = "^$|^\\d{4}-\\d{2}-\\d{2}$", message = "{form.date.invalid}")
        String date,

        @Pattern(regexp = "^$|^\\d{1,2}:\\d{2}$", message = "{form.clock.invalid}")
        String time,

        @Pattern(regexp = "^$|^\\d{1,4}$", message = "{form.duration.invalid}")
        String durationMinutes,

        @Size(max = 4000) String services,
        @Size(max = 2000) String notes,
        @Pattern(regexp = "^$|^[0-9]{1,9}$") String version)
        implements FormFields {

    @Override
    public String inputOf(String refusedField) {
        return inputField(refusedField);
    }

    static final String ID = "^$|^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";

    static AppointmentForm blank(
            UUID location, String date, String time, String bay, String technician, String customer) {
        return new AppointmentForm(
                location.toString(),
                "",
                idOrEmpty(customer),
                "",
                idOrEmpty(bay),
                idOrEmpty(technician),
                date,
                time == null || !time.matches("\\d{1,2}:\\d{2}") ? "09:00" : time,
                "60",
                "",
                "",
                "");
    }

    static AppointmentForm of(Appointment appointment, ZoneId zone) {
        LocalDateTime starts = ShopTimes.local(appointment.startsAt(), zone);
        return new AppointmentForm(
                appointment.locationId().toString(),
                "",
                appointment.customerId().toString(),
                text(appointment.vehicleId()),
                appointment.bayId() == null ? "" : appointment.bayId().value().toString(),
                text(appointment.technicianId()),
                starts.toLocalDate().toString(),
                starts.toLocalTime().format(CalendarCard.CLOCK),
                Long.toString(Duration.between(appointment.startsAt(), appointment.endsAt())
                        .toMinutes()),
                String.join("\n", appointment.requestedServices()),
                appointment.notes() == null ? "" : appointment.notes(),
                Integer.toString(appointment.version()));
    }

    AppointmentForm withVersion(int current) {
        return new AppointmentForm(
                locationId,
                customerQuery,
                customerId,
                vehicleId,
                bayId,
                technicianId,
                date,
                time,
                durationMinutes,
                services,
                notes,
                Integer.toString(current));
    }

    UUID customer() {
        return id(customerId);
    }

    UUID vehicle() {
        return id(vehicleId);
    }

    UUID bay() {
        return id(bayId);
    }

    UUID technician() {
        return id(technicianId);
    }

    List<String> serviceList() {
        return services == null
                ? List.of()
                : Arrays.stream(services.split("\\R"))
                        .map(String::strip)
                        .filter(line -> !line.isEmpty())
                        .toList();
    }

    Integer expectedVersion() {
        return version == null || version.isBlank() ? null : Integer.valueOf(version);
    }

    /** The input named by a field of the service's refusal. */
    static String inputField(String serviceField) {
        return switch (serviceField) {
            case "startsAt" -> "time";
            case "endsAt" -> "durationMinutes";
            case "requestedServices" -> "services";
            default -> serviceField.startsWith("requestedServices") ? "services" : serviceField;
        };
    }

    private static UUID id(String text) {
        return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
    }

    private static String idOrEmpty(String text) {
        if (text == null) {
            return "";
        }
        try {
            return UUID.fromString(text.strip()).toString();
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
