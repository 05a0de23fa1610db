package app.pitwall.appointments.internal;

import app.pitwall.appointments.Appointment;
import app.pitwall.platform.CardNumbers;
import app.pitwall.platform.InvalidInputException;
import app.pitwall.repairorders.RepairOrderId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The rules of an appointment's text and the fields its events carry: where and when, and what. */
final class AppointmentFields {

    private AppointmentFields() {}

    static List<String> services(List<String> services) {
        if (services == null) {
            return List.of();
        }
        List<String> clean = services.stream()
                .filter(service -> service != null && !service.isBlank())
                .map(String::strip)
                .toList();
        if (clean.size() > 20) {
            throw new InvalidInputException("requestedServices", "at most 20 services");
        }
        for (int i = 0; i < clean.size(); i++) {
            text("requestedServices[" + i + "]", clean.get(i), 200);
        }
        return clean;
    }

    static String notes(String notes) {
        if (notes == null || notes.isBlank()) {
            return null;
        }
        text("notes", notes.strip(), 2000);
        return notes.strip();
    }

    /** The appointment in a new status (cancelled with a reason, or checked in to an order). */
    static Appointment with(
            Appointment current,
            Appointment.Status status,
            String cancelReason,
            RepairOrderId order,
            UUID vehicle,
            String vehicleLabel,
            Instant now) {
        return new Appointment(
                current.id(),
                current.locationId(),
                current.bayId(),
                current.technicianId(),
                current.customerId(),
                vehicle,
                current.customerName(),
                vehicleLabel != null ? vehicleLabel : current.vehicleLabel(),
                current.startsAt(),
                current.endsAt(),
                current.requestedServices(),
                current.notes(),
                status,
                cancelReason,
                order,
                current.createdAt(),
                now,
                current.version() + 1);
    }

    private static void text(String field, String value, int max) {
        if (value.length() > max) {
            throw new InvalidInputException(field, "at most " + max + " characters");
        }
        if (CardNumbers.containsCardNumber(value)) {
            throw new InvalidInputException(field, "looks like a payment card number; Pitwall never stores those");
        }
    }
}
