package app.pitwall.repairorders.web;

import app.pitwall.access.Actor;
import app.pitwall.customers.Customers;
import app.pitwall.customers.Vehicle;
import app.pitwall.customers.VehicleId;
import app.pitwall.platform.web.Formats;
import app.pitwall.repairorders.RepairOrder;
import app.pitwall.tenancy.LocationId;
import app.pitwall.tenancy.Tenants;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * How an order's odometer readings print: grouped in the reader's language, with the unit the vehicle's odometer
 * reads (its last reading's, else the one of the order's location's country), e.g. "123,456 mi".
 */
@Component
class OdometerUnits {

    /** An order's readings as printed; null where there is none. */
    record Shown(String in, String out) {}

    private final Customers customers;
    private final Tenants tenants;

    OdometerUnits(Customers customers, Tenants tenants) {
        this.customers = customers;
        this.tenants = tenants;
    }

    Shown of(Actor actor, RepairOrder order, Locale locale) {
        String unit = unit(actor, order);
        return new Shown(
                Formats.odometer(order.details().odometerIn(), unit, locale),
                Formats.odometer(order.details().odometerOut(), unit, locale));
    }

    /** "mi" or "km". */
    String unit(Actor actor, RepairOrder order) {
        String country = tenants.location(
                        actor.tenantId(), new LocationId(order.visit().locationId()))
                .map(location ->
                        location.address() == null ? null : location.address().country())
                .orElse(null);
        Vehicle.Unit unit = order.visit().vehicleId() == null
                ? Vehicle.Unit.of(country)
                : customers
                        .findVehicle(actor, new VehicleId(order.visit().vehicleId()))
                        .map(vehicle -> vehicle.odometerUnit(country))
                        .orElse(Vehicle.Unit.of(country));
        return unit.name().toLowerCase(Locale.ROOT);
    }
}
