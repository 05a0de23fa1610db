package app.pitwall.appointments;

import app.pitwall.platform.Auditable;
import app.pitwall.platform.TenantId;
import app.pitwall.repairorders.RepairOrderId;
import java.util.Map;
import java.util.UUID;

/** What happens on the calendar, for the audit trail and other modules (reminders, once messaging exists). */
public final class AppointmentEvents {

    private AppointmentEvents() {}

    /** An event of the audit trail about one appointment. */
    public interface AboutAppointment extends Auditable {

        AppointmentId appointmentId();

        @Override
        default Subject subject() {
            return Subject.of("appointment", appointmentId().value());
        }
    }

    public record AppointmentBooked(
            TenantId tenantId, AppointmentId appointmentId, UUID actorId, Map<String, Object> after)
            implements AboutAppointment {

        @Override
        public String action() {
            return "appointment.booked";
        }
    }

    /** New times, bay or technician. */
    public record AppointmentMoved(
            TenantId tenantId,
            AppointmentId appointmentId,
            UUID actorId,
            Map<String, Object> before,
            Map<String, Object> after)
            implements AboutAppointment {

        @Override
        public String action() {
            return "appointment.moved";
        }
    }

    /** Other details changed: customer, vehicle, services, notes. */
    public record AppointmentChanged(
            TenantId tenantId,
            AppointmentId appointmentId,
            UUID actorId,
            Map<String, Object> before,
            Map<String, Object> after)
            implements AboutAppointment {

        @Override
        public String action() {
            return "appointment.changed";
        }
    }

    public record AppointmentCancelled(TenantId tenantId, AppointmentId appointmentId, UUID actorId, String reason)
            implements AboutAppointment {

        @Override
        public String action() {
            return "appointment.cancelled";
        }

        @Override
        public Map<String, ?> after() {
            return Map.of("reason", reason == null ? "" : reason);
        }
    }

    /** The customer arrived and the repair order was opened. */
    public record AppointmentCheckedIn(
            TenantId tenantId, AppointmentId appointmentId, UUID actorId, RepairOrderId repairOrderId)
            implements AboutAppointment {

        @Override
        public String action() {
            return "appointment.checked-in";
        }

        @Override
        public Map<String, ?> after() {
            return Map.of("repairOrderId", repairOrderId.value());
        }
    }
}
