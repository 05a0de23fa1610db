package app.pitwall.customers;

import app.pitwall.access.Actor;
import app.pitwall.platform.Page;
import app.pitwall.platform.TenantId;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The customers and vehicles an actor may see: always within the actor's tenant and, for staff
 * limited to some locations, within those. Anything else is "not found".
 */
public interface Customers {

    /**
     * Customers whose name, email, phone, or a vehicle's plate or VIN contains {@code query},
     * ordered by name.
     */
    Page<Customer> search(Actor actor, String query, int limit, String cursor);

    Optional<Customer> find(Actor actor, CustomerId id);

    Customer register(Actor actor, CustomerDetails details);

    /**
     * Whether the tenant's customer is exempt from sales tax on {@code on} (not once the certificate has expired), with
     * the certificate's number; for other modules (billing), whatever location the customer belongs to.
     *
     * @throws app.pitwall.platform.NotFoundException if the tenant has no such customer
     */
    TaxExemption exemptionOf(TenantId tenant, CustomerId customer, LocalDate on);

    /**
     * Changes the given fields.
     *
     * @param expectedVersion if given and not the current version, the change is refused as stale
     */
    Customer change(Actor actor, CustomerId id, CustomerDetails changes, Integer expectedVersion);

    /** Deletes a customer who has no vehicles left, if still at {@code expectedVersion} (null: any). */
    void delete(Actor actor, CustomerId id, Integer expectedVersion);

    Page<Vehicle> vehicles(Actor actor, String query, CustomerId owner, int limit, String cursor);

    Optional<Vehicle> findVehicle(Actor actor, VehicleId id);

    Vehicle registerVehicle(Actor actor, VehicleDetails details);

    Vehicle changeVehicle(Actor actor, VehicleId id, VehicleDetails changes, Integer expectedVersion);

    /** Deletes a vehicle, if still at {@code expectedVersion} (null: any). */
    void deleteVehicle(Actor actor, VehicleId id, Integer expectedVersion);

    /**
     * Adds a reading taken at a visit (a repair order's odometer in or out) to the vehicle's history, in the vehicle's
     * unit: its last reading's, else the one of its location's country. A reading lower than the last one is refused
     * with a {@link app.pitwall.platform.ConfirmationRequiredException} of type {@code odometer-lower} at {@code
     * field}, unless {@code lowerConfirmed}; the latest reading given again adds nothing.
     */
    Vehicle recordOdometer(Actor actor, VehicleId id, Vehicle.VisitReading reading);
}
