package app.pitwall.repairorders.internal;

import app.pitwall.access.Actor;
import app.pitwall.customers.Customers;
import app.pitwall.customers.Vehicle;
import app.pitwall.customers.VehicleId;
import app.pitwall.repairorders.OrderDetails;
import app.pitwall.repairorders.RepairOrder;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Every odometer reading written on a repair order (in at opening or check-in, in or out later) lands in the vehicle's
 * odometer history, dated on the location's clock; a reading lower than the vehicle's last one is refused unless
 * confirmed (see {@link Customers#recordOdometer}). Runs inside the caller's transaction, so a refused reading changes
 * nothing.
 */
@Component
class OrderOdometers {

    private final Customers customers;
    private final Clock clock;

    OrderOdometers(Customers customers, Clock clock) {
        this.customers = customers;
        this.clock = clock;
    }

    /** Records the readings of {@code order} that differ from {@code before} (null for a new order). */
    void record(Actor actor, RepairOrder order, OrderDetails before, ZoneId zone, boolean lowerConfirmed) {
        OrderDetails now = order.details();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        VehicleId vehicle = new VehicleId(order.visit().vehicleId());
        if (now.odometerIn() != null && (before == null || !Objects.equals(before.odometerIn(), now.odometerIn()))) {
            customers.recordOdometer(
                    actor, vehicle, new Vehicle.VisitReading(now.odometerIn(), today, lowerConfirmed, "odometerIn"));
        }
        if (now.odometerOut() != null && (before == null || !Objects.equals(before.odometerOut(), now.odometerOut()))) {
            customers.recordOdometer(
                    actor, vehicle, new Vehicle.VisitReading(now.odometerOut(), today, lowerConfirmed, "odometerOut"));
        }
    }
}
