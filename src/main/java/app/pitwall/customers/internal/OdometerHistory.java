package app.pitwall.customers.internal;

import app.pitwall.access.Actor;
import app.pitwall.customers.CustomerEvents;
import app.pitwall.customers.Vehicle;
import app.pitwall.customers.VehicleId;
import app.pitwall.platform.ConfirmationRequiredException;
import app.pitwall.platform.NotFoundException;
import app.pitwall.platform.web.ProblemType;
import app.pitwall.tenancy.LocationId;
import app.pitwall.tenancy.Tenants;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Readings taken at visits, added to a vehicle's odometer history: in the vehicle's unit, warned when lower than the
 * last reading (an odometer only goes up, so a lower number is a typo or a replaced cluster, and staff must say which),
 * and announced as a change of the vehicle so the audit trail records it. Runs inside the caller's transaction.
 */
@Component
class OdometerHistory {

    /** How a reading's date is shown, as on the vehicle's page. */
    private static final DateTimeFormatter READ_ON = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.US);

    private final VehicleRows vehicles;
    private final Tenants tenants;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OdometerHistory(VehicleRows vehicles, Tenants tenants, ApplicationEventPublisher events, Clock clock) {
        this.vehicles = vehicles;
        this.tenants = tenants;
        this.events = events;
        this.clock = clock;
    }

    Vehicle record(Actor actor, VehicleId id, Vehicle.VisitReading reading) {
        Vehicle vehicle = vehicles.find(scope(actor), id, true).orElseThrow(() -> new NotFoundException("Vehicle"));
        Vehicle.OdometerReading last = vehicle.lastReading();
        if (last != null && last.value() == reading.value()) {
            return vehicle;
        }
        if (last != null && reading.value() < last.value() && !reading.lowerConfirmed()) {
            throw lower(reading, last);
        }
        Vehicle.Unit unit = vehicle.odometerUnit(country(actor, vehicle));
        vehicles.addReading(
                actor.tenantId(),
                id,
                new Vehicle.OdometerReading(reading.value(), unit, reading.readOn()),
                clock.instant());
        Vehicle recorded = vehicles.find(scope(actor), id, false).orElseThrow();
        events.publishEvent(new CustomerEvents.VehicleChanged(
                actor.tenantId(),
                id,
                actor.userId(),
                CustomerEvents.VehicleState.of(vehicle),
                CustomerEvents.VehicleState.of(recorded)));
        return recorded;
    }

    private static CustomerRows.Scope scope(Actor actor) {
        return CustomerRows.Scope.of(actor.tenantId(), actor.allLocations(), actor.locations());
    }

    private String country(Actor actor, Vehicle vehicle) {
        return tenants.location(actor.tenantId(), new LocationId(vehicle.locationId()))
                .map(location ->
                        location.address() == null ? null : location.address().country())
                .orElse(null);
    }

    private static ConfirmationRequiredException lower(Vehicle.VisitReading reading, Vehicle.OdometerReading last) {
        String shown = NumberFormat.getIntegerInstance(Locale.US).format(last.value()) + " "
                + last.unit().name().toLowerCase(Locale.ROOT);
        return new ConfirmationRequiredException(
                ProblemType.ODOMETER_LOWER,
                reading.field(),
                "The odometer reading " + reading.value() + " is lower than the vehicle's last reading, " + shown
                        + " on " + last.readOn() + "; confirm it to record it anyway.",
                "confirmLowerOdometer",
                Map.of(
                        "lastReading",
                        last.value(),
                        "lastReadingUnit",
                        last.unit().name(),
                        "lastReadOn",
                        last.readOn().toString()),
                List.of(shown, READ_ON.format(last.readOn())));
    }
}
