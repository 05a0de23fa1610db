package app.pitwall.repairorders.internal;

import app.pitwall.access.Actor;
import app.pitwall.customers.Customer;
import app.pitwall.customers.Vehicle;
import app.pitwall.customers.Visitors;
import app.pitwall.repairorders.Visit;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Who brings which vehicle: checked through the customers module, and written down with their names as the order
 * shows them.
 */
@Component
class Visits {

    private final Visitors visitors;

    Visits(Visitors visitors) {
        this.visitors = visitors;
    }

    Visit of(Actor actor, UUID location, UUID customerId, UUID vehicleId, UUID appointment) {
        Customer customer = visitors.customer(actor, customerId);
        Vehicle vehicle = visitors.vehicle(actor, customer, vehicleId, true);
        return new Visit(
                location,
                customer.id().value(),
                vehicle.id().value(),
                customer.displayName(),
                vehicle.label(),
                appointment);
    }
}
