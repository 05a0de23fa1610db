package app.pitwall.appointments.web;

import app.pitwall.appointments.Appointment;
import app.pitwall.appointments.Booking;
import app.pitwall.platform.web.ShopTimes;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * One appointment as the calendar and its pages show it, on the location's clock: when, how long, who, which vehicle,
 * what was asked for, and whether it shares its bay or technician with another appointment.
 */
record CalendarCard(
        UUID id,
        LocalDateTime startsAt,
        LocalDateTime endsAt,
        String time,
        String duration,
        String customerName,
        String vehicleLabel,
        String services,
        String status,
        boolean doubleBooked,
        UUID bayId,
        UUID technicianId) {

    static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    static CalendarCard of(Booking booking, ZoneId zone) {
        Appointment appointment = booking.appointment();
        LocalDateTime starts = ShopTimes.local(appointment.startsAt(), zone);
        LocalDateTime ends = ShopTimes.local(appointment.endsAt(), zone);
        return new CalendarCard(
                appointment.id().value(),
                starts,
                ends,
                starts.format(CLOCK) + "–" + ends.format(CLOCK),
                duration(Duration.between(appointment.startsAt(), appointment.endsAt())),
                appointment.customerName(),
                appointment.vehicleLabel() == null ? "" : appointment.vehicleLabel(),
                String.join(", ", appointment.requestedServices()),
                appointment.status().name(),
                !booking.warnings().isEmpty(),
                appointment.bayId() == null ? null : appointment.bayId().value(),
                appointment.technicianId());
    }

    /** "1 h 30 min", "45 min", "2 h". */
    static String duration(Duration length) {
        long hours = length.toHours();
        long minutes = length.toMinutesPart();
        if (hours == 0) {
            return minutes + " min";
        }
        return minutes == 0 ? hours + " h" : hours + " h " + minutes + " min";
    }

    public String href() {
        return "/appointments/" + id;
    }

    public boolean checkedIn() {
        return "CHECKED_IN".equals(status);
    }
}
