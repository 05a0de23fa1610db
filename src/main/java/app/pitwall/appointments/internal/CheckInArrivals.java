package app.pitwall.appointments.internal;

import app.pitwall.appointments.AppointmentId;
import app.pitwall.repairorders.RepairOrderEvents.RepairOrderOpened;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Marks an appointment arrived when the repair order opened at its check-in has committed. The reaction is recorded in
 * the event publication registry with the order: it is retried after a failure and delivered after a restart, and
 * delivering it twice changes nothing.
 */
@Component
class CheckInArrivals {

    private final CheckIns checkIns;

    CheckInArrivals(CheckIns checkIns) {
        this.checkIns = checkIns;
    }

    @ApplicationModuleListener
    void on(RepairOrderOpened opened) {
        if (opened.visit().appointmentId() == null) {
            return;
        }
        checkIns.arrived(
                opened.tenantId(),
                new AppointmentId(opened.visit().appointmentId()),
                opened.repairOrderId(),
                opened.visit().vehicleId(),
                opened.visit().vehicleLabel(),
                opened.actorId());
    }
}
