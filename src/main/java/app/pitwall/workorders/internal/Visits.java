package app.pitwall.workorders.internal;

import app.pitwall.access.Actor;
import app.pitwall.customers.Customer;
import app.pitwall.customers.CustomerId;
import app.pitwall.customers.Customers;
import app.pitwall.customers.Vehicle;
import app.pitwall.customers.VehicleId;
import app.pitwall.platform.InvalidInputException;
import app.pitwall.workorders.AppointmentId;
import app.pitwall.workorders.Visit;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Who brings which vehicle: checks through the customers module that the actor may see the customer and the vehicle
 * and that the vehicle is the customer's, and writes down their names as the order and calendar show them.
 */
@Component
class Visits {

    private final Customers customers;

    Visits(Customers customers) {
        this.customers = customers;
    }

    Visit of(Actor actor, UUID location, UUID customerId, UUID vehicleId, AppointmentId appointment) {
        Customer customer = customer(actor, customerId);
        Vehicle vehicle = vehicle(actor, customer, vehicleId, true);
        return new Visit(
                location,
                customer.id().value(),
                vehicle.id().value(),
                customer.displayName(),
                label(vehicle),
                appointment);
    }

    Customer customer(Actor actor, UUID customerId) {
        if (customerId == null) {
            throw new InvalidInputException("customerId", "required");
        }
        return customers
                .find(actor, new CustomerId(customerId))
                .orElseThrow(() -> new InvalidInputException("customerId", "no such customer"));
    }

    /** The customer's vehicle; null if none is named and none is required. */
    Vehicle vehicle(Actor actor, Customer owner, UUID vehicleId, boolean required) {
        if (vehicleId == null) {
            if (required) {
                throw new InvalidInputException("vehicleId", "required");
            }
            return null;
        }
        Vehicle vehicle = customers
                .findVehicle(actor, new VehicleId(vehicleId))
                .orElseThrow(() -> new InvalidInputException("vehicleId", "no such vehicle"));
        if (!vehicle.customerId().equals(owner.id())) {
            throw new InvalidInputException("vehicleId", "not a vehicle of this customer");
        }
        return vehicle;
    }

    /** "2019 Honda Civic · ABC 123", or the VIN when nothing else is known. */
    static String label(Vehicle vehicle) {
        if (vehicle == null) {
            return null;
        }
        String model = Stream.of(
                        vehicle.year() == null ? null : vehicle.year().toString(), vehicle.make(), vehicle.model())
                .filter(Objects::nonNull)
                .collect(Collectors.joining(" "));
        String label = Stream.of(model.isEmpty() ? null : model, vehicle.plate())
                .filter(Objects::nonNull)
                .collect(Collectors.joining(" · "));
        return !label.isEmpty() ? label : vehicle.vin() != null ? vehicle.vin() : "Vehicle";
    }
}
