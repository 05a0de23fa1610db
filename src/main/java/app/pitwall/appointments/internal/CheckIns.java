package app.pitwall.appointments.internal;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.access.Scope;
import app.pitwall.appointments.Appointment;
import app.pitwall.appointments.AppointmentEvents;
import app.pitwall.appointments.AppointmentId;
import app.pitwall.appointments.Appointments;
import app.pitwall.platform.ForbiddenException;
import app.pitwall.platform.InvalidInputException;
import app.pitwall.platform.TenantId;
import app.pitwall.repairorders.NewRepairOrder;
import app.pitwall.repairorders.OrderDetails;
import app.pitwall.repairorders.RepairOrder;
import app.pitwall.repairorders.RepairOrderId;
import app.pitwall.repairorders.RepairOrders;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Check-in: the appointment's repair order is opened through the repair-order module in the caller's transaction,
 * with the appointment's technician, requested services and notes; the appointment is marked arrived by {@link
 * CheckInArrivals} once that order has committed.
 */
@Component
@Transactional
class CheckIns {

    private final AppointmentRows rows;
    private final RepairOrders orders;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CheckIns(AppointmentRows rows, RepairOrders orders, ApplicationEventPublisher events, Clock clock) {
        this.rows = rows;
        this.orders = orders;
        this.events = events;
        this.clock = clock;
    }

    /** Opens the order; the appointment is marked arrived once the order is there ({@link #arrived}). */
    RepairOrder checkIn(Actor actor, AppointmentId id, Appointments.CheckIn checkIn, Integer expectedVersion) {
        if (!actor.can(Permission.REPAIR_ORDERS_WRITE)) {
            throw new ForbiddenException("Checking in opens a repair order, which needs repair-orders:write.");
        }
        Appointment current = BookedAppointments.booked(rows, actor, id, expectedVersion);
        UUID vehicle = checkIn.vehicleId() != null ? checkIn.vehicleId() : current.vehicleId();
        if (vehicle == null) {
            throw new InvalidInputException("vehicleId", "required: the appointment names no vehicle");
        }
        List<String> concerns = new ArrayList<>();
        if (checkIn.concern() != null && !checkIn.concern().isBlank()) {
            concerns.add(checkIn.concern());
        }
        concerns.addAll(current.requestedServices());
        OrderDetails details = new OrderDetails(
                null,
                current.technicianId() == null ? List.of() : List.of(current.technicianId()),
                checkIn.odometerIn(),
                null,
                checkIn.promisedAt(),
                concerns,
                current.notes());
        return orders.open(
                actor,
                new NewRepairOrder(
                        current.locationId(),
                        current.customerId(),
                        vehicle,
                        details,
                        List.of(),
                        id.value(),
                        checkIn.confirmLowerOdometer()));
    }

    /**
     * The repair order opened at an appointment's check-in marks it arrived. Called once the order committed (see
     * {@link CheckInArrivals}); a second delivery of the same order changes nothing.
     */
    void arrived(TenantId tenant, AppointmentId id, RepairOrderId order, UUID vehicle, String vehicleLabel, UUID by) {
        Appointment current = rows.find(Scope.wholeTenant(tenant), id, true).orElse(null);
        if (current == null || order.equals(current.repairOrderId())) {
            return;
        }
        Appointment checkedIn = AppointmentFields.with(
                current, Appointment.Status.CHECKED_IN, null, order, vehicle, vehicleLabel, clock.instant());
        rows.update(tenant, checkedIn);
        events.publishEvent(new AppointmentEvents.AppointmentCheckedIn(tenant, id, by, order));
    }
}
