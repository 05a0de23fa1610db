package app.pitwall.workorders;

import app.pitwall.platform.TenantId;
import java.util.Map;
import java.util.UUID;

/** What happens on the calendar, for the audit trail and other modules (reminders, once messaging exists). */
public final class AppointmentEvents {

    private AppointmentEvents() {}

    public record AppointmentBooked(
            TenantId tenantId, AppointmentId appointmentId, UUID actorId, Map<String, Object> after) {}

    /** New times, bay or technician. */
    public record AppointmentMoved(
            TenantId tenantId,
            AppointmentId appointmentId,
            UUID actorId,
            Map<String, Object> before,
            Map<String, Object> after) {}

    /** Other details changed: customer, vehicle, services, notes. */
    public record AppointmentChanged(
            TenantId tenantId,
            AppointmentId appointmentId,
            UUID actorId,
            Map<String, Object> before,
            Map<String, Object> after) {}

    public record AppointmentCancelled(TenantId tenantId, AppointmentId appointmentId, UUID actorId, String reason) {}

    /** The customer arrived and the repair order was opened. */
    public record AppointmentCheckedIn(
            TenantId tenantId, AppointmentId appointmentId, UUID actorId, RepairOrderId repairOrderId) {}
}
