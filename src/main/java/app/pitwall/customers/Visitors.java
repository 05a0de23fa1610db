package app.pitwall.customers;

import app.pitwall.access.Actor;
import app.pitwall.platform.InvalidInputException;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The customer and vehicle named in a request about a visit (a booking, a repair order): the actor must be able to see
 * both and the vehicle must be the customer's; anything else is bad input naming the field.
 */
@Component
public class Visitors {

    private final Customers customers;

    Visitors(Customers customers) {
        this.customers = customers;
    }

    public Customer customer(Actor actor, UUID customerId) {
        if (customerId == null) {
            throw new InvalidInputException("customerId", "required");
        }
        return customers
                .find(actor, new CustomerId(customerId))
                .orElseThrow(() -> new InvalidInputException("customerId", "no such customer"));
    }

    /** The customer's vehicle; null if none is named and none is required. */
    public Vehicle vehicle(Actor actor, Customer owner, UUID vehicleId, boolean required) {
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
}
