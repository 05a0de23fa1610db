package app.pitwall.appointments;

import app.pitwall.access.Actor;
import app.pitwall.identity.StaffDirectory;
import app.pitwall.platform.Page;
import app.pitwall.repairorders.RepairOrder;
import app.pitwall.shopsetup.Bay;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The calendar of each location, scoped to the actor's tenant and locations. Bookings and moves answer the double
 * bookings they make; check-in opens the repair order. Every change is announced as an {@link AppointmentEvents}.
 */
public interface Appointments {

    /** Appointments of the location starting from {@code from} up to (not including) {@code to}, earliest first. */
    Page<Booking> list(Actor actor, UUID locationId, Instant from, Instant to, int limit, String cursor);

    Optional<Booking> find(Actor actor, AppointmentId id);

    Booking book(Actor actor, AppointmentDetails details);

    /** Changes a booked appointment; new times, bay or technician are a move. */
    Booking change(
            Actor actor,
            AppointmentId id,
            AppointmentDetails changes,
            boolean clearBay,
            boolean clearTechnician,
            Integer expectedVersion);

    Appointment cancel(Actor actor, AppointmentId id, String reason, Integer expectedVersion);

    /**
     * The customer arrived: opens a repair order with the odometer (added to the vehicle's history; a lower one than
     * its last reading must be confirmed), the customer's concern and the promised time, the requested services as
     * further concerns, the appointment's notes and the appointment's technician assigned.
     */
    RepairOrder checkIn(Actor actor, AppointmentId id, CheckIn checkIn, Integer expectedVersion);

    /** The bays and the technicians of a location, the calendar's resources. */
    Resources resources(Actor actor, UUID locationId);

    /**
     * What the counter records at check-in.
     *
     * @param vehicleId the vehicle, if the appointment names none or another one arrived
     * @param confirmLowerOdometer whether an odometer in lower than the vehicle's last reading is meant
     */
    record CheckIn(
            UUID vehicleId, Integer odometerIn, String concern, Instant promisedAt, boolean confirmLowerOdometer) {

        /** A check-in with no lower odometer confirmed. */
        public CheckIn(UUID vehicleId, Integer odometerIn, String concern, Instant promisedAt) {
            this(vehicleId, odometerIn, concern, promisedAt, false);
        }
    }

    /** A location's calendar resources. */
    record Resources(List<Bay> bays, List<StaffDirectory.StaffMember> technicians) {}
}
