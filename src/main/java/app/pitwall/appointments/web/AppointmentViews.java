package app.pitwall.appointments.web;

import app.pitwall.appointments.Appointment;
import app.pitwall.appointments.Appointments;
import app.pitwall.appointments.Booking;
import app.pitwall.platform.web.ShopTimes;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** What the calendar API answers: appointments in UTC and on the location's clock, with double-booking warnings. */
final class AppointmentViews {

    private AppointmentViews() {}

    record BookingView(
            UUID id,
            UUID locationId,
            String timeZone,
            UUID bayId,
            UUID technicianId,
            UUID customerId,
            UUID vehicleId,
            String customerName,
            String vehicleLabel,
            Instant startsAt,
            Instant endsAt,
            LocalDateTime startsAtLocal,
            LocalDateTime endsAtLocal,
            List<String> requestedServices,
            String notes,
            Appointment.Status status,
            String cancelReason,
            UUID repairOrderId,
            List<WarningView> warnings,
            Instant createdAt,
            Instant updatedAt,
            int version) {}

    /** A double booking: the other appointment sharing the bay or technician at overlapping times. */
    record WarningView(
            String code,
            Booking.Resource resource,
            UUID resourceId,
            UUID otherAppointmentId,
            Instant otherStartsAt,
            Instant otherEndsAt,
            String message) {}

    /**
     * One of a location's calendar resources: a bay ({@code kind} {@code BAY}, no role) or a technician ({@code kind}
     * {@code TECHNICIAN}, with the role's code).
     */
    record ResourceView(Kind kind, UUID id, String name, String role) {

        enum Kind {
            BAY,
            TECHNICIAN
        }
    }

    static BookingView of(Booking booking, ZoneId zone) {
        Appointment appointment = booking.appointment();
        return new BookingView(
                appointment.id().value(),
                appointment.locationId(),
                zone.getId(),
                appointment.bayId() == null ? null : appointment.bayId().value(),
                appointment.technicianId(),
                appointment.customerId(),
                appointment.vehicleId(),
                appointment.customerName(),
                appointment.vehicleLabel(),
                appointment.startsAt(),
                appointment.endsAt(),
                ShopTimes.local(appointment.startsAt(), zone),
                ShopTimes.local(appointment.endsAt(), zone),
                appointment.requestedServices(),
                appointment.notes(),
                appointment.status(),
                appointment.cancelReason(),
                appointment.repairOrderId() == null
                        ? null
                        : appointment.repairOrderId().value(),
                booking.warnings().stream()
                        .map(warning -> new WarningView(
                                warning.resource() == Booking.Resource.BAY
                                        ? "BAY_DOUBLE_BOOKED"
                                        : "TECHNICIAN_DOUBLE_BOOKED",
                                warning.resource(),
                                warning.resourceId(),
                                warning.otherAppointmentId().value(),
                                warning.otherStartsAt(),
                                warning.otherEndsAt(),
                                (warning.resource() == Booking.Resource.BAY ? "The bay" : "The technician")
                                        + " is also booked from " + ShopTimes.local(warning.otherStartsAt(), zone)
                                        + " to "
                                        + ShopTimes.local(warning.otherEndsAt(), zone) + "."))
                        .toList(),
                appointment.createdAt(),
                appointment.updatedAt(),
                appointment.version());
    }

    /** The bays first, then the technicians, each in the order the calendar shows them. */
    static List<ResourceView> of(Appointments.Resources resources) {
        List<ResourceView> views = new java.util.ArrayList<>();
        resources
                .bays()
                .forEach(bay -> views.add(
                        new ResourceView(ResourceView.Kind.BAY, bay.id().value(), bay.name(), null)));
        resources
                .technicians()
                .forEach(member -> views.add(new ResourceView(
                        ResourceView.Kind.TECHNICIAN,
                        member.id(),
                        member.name(),
                        member.role().code())));
        return views;
    }
}
