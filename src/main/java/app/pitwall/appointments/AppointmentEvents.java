package app.pitwall.appointments;

import app.pitwall.platform.AuditAction;
import app.pitwall.platform.Auditable;
import app.pitwall.platform.TenantId;
import app.pitwall.repairorders.RepairOrderId;
import app.pitwall.shopsetup.BayId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What happens on the calendar, for the audit trail and other modules (reminders, once messaging exists). */
public final class AppointmentEvents {

    private AppointmentEvents() {}

    /** An event of the audit trail about one appointment. */
    public sealed interface AboutAppointment extends Auditable
            permits AppointmentBooked,
                    AppointmentMoved,
                    AppointmentChanged,
                    AppointmentCancelled,
                    AppointmentCheckedIn {

        AppointmentId appointmentId();

        @Override
        default Subject subject() {
            return Subject.of("appointment", appointmentId().value());
        }
    }

    /** Where and when an appointment is: a change of these is a move. */
    public record Placing(UUID locationId, Instant startsAt, Instant endsAt, BayId bayId, UUID technicianId) {

        public static Placing of(Appointment appointment) {
            return new Placing(
                    appointment.locationId(),
                    appointment.startsAt(),
                    appointment.endsAt(),
                    appointment.bayId(),
                    appointment.technicianId());
        }
    }

    /** Who comes, with what, and why. */
    public record Visit(UUID customerId, UUID vehicleId, List<String> requestedServices, String notes) {

        public static Visit of(Appointment appointment) {
            return new Visit(
                    appointment.customerId(),
                    appointment.vehicleId(),
                    appointment.requestedServices(),
                    appointment.notes());
        }
    }

    @AuditAction("appointment.booked")
    public record AppointmentBooked(
            TenantId tenantId, AppointmentId appointmentId, UUID actorId, Placing placing, Visit visit)
            implements AboutAppointment {}

    /** New times, bay or technician. */
    @AuditAction("appointment.moved")
    public record AppointmentMoved(
            TenantId tenantId, AppointmentId appointmentId, UUID actorId, Placing before, Placing after)
            implements AboutAppointment {}

    /** Other details changed: customer, vehicle, services, notes. */
    @AuditAction("appointment.changed")
    public record AppointmentChanged(
            TenantId tenantId, AppointmentId appointmentId, UUID actorId, Visit before, Visit after)
            implements AboutAppointment {}

    @AuditAction("appointment.cancelled")
    public record AppointmentCancelled(TenantId tenantId, AppointmentId appointmentId, UUID actorId, String reason)
            implements AboutAppointment {}

    /** The customer arrived and the repair order was opened. */
    @AuditAction("appointment.checked-in")
    public record AppointmentCheckedIn(
            TenantId tenantId, AppointmentId appointmentId, UUID actorId, RepairOrderId repairOrderId)
            implements AboutAppointment {}
}
