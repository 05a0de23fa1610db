package app.pitwall.customers.internal;

import app.pitwall.access.Actor;
import app.pitwall.customers.Customer;
import app.pitwall.customers.CustomerDetails;
import app.pitwall.customers.CustomerEvents;
import app.pitwall.customers.CustomerId;
import app.pitwall.customers.Customers;
import app.pitwall.customers.TaxExemption;
import app.pitwall.customers.Vehicle;
import app.pitwall.customers.VehicleDetails;
import app.pitwall.customers.VehicleId;
import app.pitwall.platform.ConflictException;
import app.pitwall.platform.InvalidInputException;
import app.pitwall.platform.NotFoundException;
import app.pitwall.platform.Page;
import app.pitwall.platform.TenantId;
import app.pitwall.platform.web.ProblemType;
import app.pitwall.tenancy.Location;
import app.pitwall.tenancy.LocationId;
import app.pitwall.tenancy.Tenants;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customers and vehicles for one actor: scoped to the actor's tenant and locations, validated,
 * versioned against lost updates, and announced as events so the audit trail records every change.
 */
@Service
@Transactional
class CustomerService implements Customers {

    private final CustomerRows customers;
    private final CustomerSearch customerSearch;
    private final VehicleRows vehicles;
    private final Tenants tenants;
    private final OdometerHistory odometers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CustomerService(
            CustomerRows customers,
            CustomerSearch search,
            VehicleRows vehicles,
            Tenants tenants,
            OdometerHistory odometers,
            ApplicationEventPublisher events,
            Clock clock) {
        this.customers = customers;
        this.customerSearch = search;
        this.vehicles = vehicles;
        this.tenants = tenants;
        this.odometers = odometers;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<Customer> search(Actor actor, String query, int limit, String cursor) {
        List<Customer> rows =
                customerSearch.search(scope(actor), query, limit + 1, cursor == null ? null : Cursor.decode(cursor));
        return page(
                rows, limit, last -> new Cursor(last.displayName(), last.id().value()));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Customer> find(Actor actor, CustomerId id) {
        return customers.find(scope(actor), id, false);
    }

    @Override
    public Customer register(Actor actor, CustomerDetails details) {
        Instant now = clock.instant();
        UUID location = details.locationId() != null ? details.locationId() : defaultLocation(actor);
        Customer customer = CustomerChanges.validated(new Customer(
                new CustomerId(UUID.randomUUID()),
                checkedLocation(actor, location),
                details.kind() == null ? Customer.Kind.PERSON : details.kind(),
                CustomerChanges.clean(details.firstName()),
                CustomerChanges.clean(details.lastName()),
                CustomerChanges.clean(details.companyName()),
                CustomerChanges.cleanList(details.emails(), true),
                CustomerChanges.cleanList(details.phones(), false),
                CustomerChanges.address(null, details.address()),
                CustomerChanges.clean(details.notes()),
                Boolean.TRUE.equals(details.marketingConsent()),
                Boolean.TRUE.equals(details.taxExempt()),
                CustomerChanges.clean(details.taxExemptionCertificate()),
                details.taxExemptionExpires(),
                now,
                now,
                0));
        customers.insert(actor.tenantId(), customer, customer.displayName(), CustomerChanges.searchText(customer));
        events.publishEvent(new CustomerEvents.CustomerRegistered(
                actor.tenantId(), customer.id(), actor.userId(), CustomerEvents.CustomerState.of(customer)));
        return customer;
    }

    @Override
    @Transactional(readOnly = true)
    public TaxExemption exemptionOf(TenantId tenant, CustomerId customer, LocalDate on) {
        return customers
                .find(new CustomerRows.Scope(tenant, null), customer, false)
                .map(found -> found.exemptionOn(on))
                .orElseThrow(() -> new NotFoundException("Customer"));
    }

    @Override
    public Customer change(Actor actor, CustomerId id, CustomerDetails changes, Integer expectedVersion) {
        Customer current = customers.find(scope(actor), id, true).orElseThrow(() -> new NotFoundException("Customer"));
        checkVersion(expectedVersion, current.version());
        if (changes.locationId() != null) {
            checkedLocation(actor, changes.locationId());
        }
        Customer changed = CustomerChanges.validated(CustomerChanges.apply(current, changes, clock.instant()));
        if (!customers.update(actor.tenantId(), changed, changed.displayName(), CustomerChanges.searchText(changed))) {
            throw stale(current.version());
        }
        var before = CustomerEvents.CustomerState.of(current);
        var after = CustomerEvents.CustomerState.of(changed);
        if (!before.equals(after)) {
            events.publishEvent(
                    new CustomerEvents.CustomerChanged(actor.tenantId(), id, actor.userId(), before, after));
        }
        return changed;
    }

    @Override
    public void delete(Actor actor, CustomerId id, Integer expectedVersion) {
        Customer current = customers.find(scope(actor), id, true).orElseThrow(() -> new NotFoundException("Customer"));
        checkVersion(expectedVersion, current.version());
        if (vehicles.countFor(actor.tenantId(), id) > 0) {
            throw new ConflictException(
                    ProblemType.CUSTOMER_HAS_VEHICLES, "The customer still has vehicles; delete or move them first.");
        }
        customers.delete(actor.tenantId(), id);
        events.publishEvent(new CustomerEvents.CustomerDeleted(
                actor.tenantId(), id, actor.userId(), CustomerEvents.CustomerState.of(current)));
    }

    @Override
    @Transactional(readOnly = true)
    public Page<Vehicle> vehicles(Actor actor, String query, CustomerId owner, int limit, String cursor) {
        List<Vehicle> rows =
                vehicles.search(scope(actor), query, owner, limit + 1, cursor == null ? null : Cursor.decode(cursor));
        return page(
                rows,
                limit,
                last -> new Cursor(last.createdAt().toString(), last.id().value()));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Vehicle> findVehicle(Actor actor, VehicleId id) {
        return vehicles.find(scope(actor), id, false);
    }

    @Override
    public Vehicle registerVehicle(Actor actor, VehicleDetails details) {
        if (details.customerId() == null) {
            throw new InvalidInputException("customerId", "required");
        }
        Customer owner = customers
                .find(scope(actor), new CustomerId(details.customerId()), false)
                .orElseThrow(() -> new InvalidInputException("customerId", "no such customer"));
        Instant now = clock.instant();
        Vehicle vehicle = VehicleChanges.validated(VehicleChanges.apply(
                VehicleChanges.blank(new VehicleId(UUID.randomUUID()), owner, now), details, owner, now));
        try {
            vehicles.insert(actor.tenantId(), vehicle);
        } catch (DuplicateKeyException duplicate) {
            throw duplicateVin();
        }
        if (details.odometer() != null) {
            vehicles.addReading(actor.tenantId(), vehicle.id(), details.odometer(), now);
        }
        Vehicle stored = vehicles.find(scope(actor), vehicle.id(), false).orElseThrow();
        events.publishEvent(new CustomerEvents.VehicleRegistered(
                actor.tenantId(), vehicle.id(), actor.userId(), CustomerEvents.VehicleState.of(stored)));
        return stored;
    }

    @Override
    public Vehicle changeVehicle(Actor actor, VehicleId id, VehicleDetails changes, Integer expectedVersion) {
        Vehicle current = vehicles.find(scope(actor), id, true).orElseThrow(() -> new NotFoundException("Vehicle"));
        checkVersion(expectedVersion, current.version());
        Customer owner = customers
                .find(
                        scope(actor),
                        changes.customerId() != null ? new CustomerId(changes.customerId()) : current.customerId(),
                        false)
                .orElseThrow(() -> new InvalidInputException("customerId", "no such customer"));
        Instant now = clock.instant();
        Vehicle changed = VehicleChanges.validated(VehicleChanges.apply(current, changes, owner, now));
        changed = VehicleChanges.nextVersion(changed, current.version());
        boolean updated;
        try {
            updated = vehicles.update(actor.tenantId(), changed);
        } catch (DuplicateKeyException duplicate) {
            throw duplicateVin();
        }
        if (!updated) {
            throw stale(current.version());
        }
        if (changes.odometer() != null) {
            vehicles.addReading(actor.tenantId(), id, changes.odometer(), now);
        }
        Vehicle stored = vehicles.find(scope(actor), id, false).orElseThrow();
        var before = CustomerEvents.VehicleState.of(current);
        var after = CustomerEvents.VehicleState.of(stored);
        if (!before.equals(after)) {
            events.publishEvent(new CustomerEvents.VehicleChanged(actor.tenantId(), id, actor.userId(), before, after));
        }
        return stored;
    }

    @Override
    public Vehicle recordOdometer(Actor actor, VehicleId id, Vehicle.VisitReading reading) {
        return odometers.record(actor, id, reading);
    }

    @Override
    public void deleteVehicle(Actor actor, VehicleId id, Integer expectedVersion) {
        Vehicle current = vehicles.find(scope(actor), id, true).orElseThrow(() -> new NotFoundException("Vehicle"));
        checkVersion(expectedVersion, current.version());
        vehicles.delete(actor.tenantId(), id);
        events.publishEvent(new CustomerEvents.VehicleDeleted(
                actor.tenantId(), id, actor.userId(), CustomerEvents.VehicleState.of(current)));
    }

    private static CustomerRows.Scope scope(Actor actor) {
        return CustomerRows.Scope.of(actor.tenantId(), actor.allLocations(), actor.locations());
    }

    private UUID defaultLocation(Actor actor) {
        return tenants.locations(actor.tenantId()).stream()
                .map(location -> location.id().value())
                .filter(actor::mayUse)
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("locationId", "you have no location to register at"));
    }

    private UUID checkedLocation(Actor actor, UUID location) {
        Optional<Location> found = tenants.location(actor.tenantId(), new LocationId(location));
        if (found.isEmpty() || !actor.mayUse(location)) {
            throw new InvalidInputException("locationId", "no such location");
        }
        return location;
    }

    private static void checkVersion(Integer expected, int current) {
        if (expected != null && expected != current) {
            throw stale(current);
        }
    }

    private static ConflictException stale(int current) {
        return new ConflictException(
                ProblemType.STALE_VERSION,
                "Someone else changed this record (now at version " + current + "); reload it and apply your change"
                        + " again.");
    }

    private static <T> Page<T> page(List<T> rows, int limit, java.util.function.Function<T, Cursor> cursorOf) {
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        List<T> items = rows.subList(0, limit);
        return new Page<>(
                List.copyOf(items), cursorOf.apply(items.get(limit - 1)).encode());
    }

    /** Another vehicle of the tenant has the VIN: a conflict at the {@code vin} field. */
    private static ConflictException duplicateVin() {
        return new ConflictException(
                ProblemType.DUPLICATE, "another vehicle of this shop already has this VIN", Map.of("field", "vin"));
    }
}
