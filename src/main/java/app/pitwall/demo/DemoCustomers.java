package app.pitwall.demo;

import app.pitwall.access.Actor;
import app.pitwall.access.Role;
import app.pitwall.customers.Customer;
import app.pitwall.customers.CustomerDetails;
import app.pitwall.customers.Customers;
import app.pitwall.customers.Vehicle;
import app.pitwall.customers.VehicleDetails;
import app.pitwall.platform.TenantId;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** A few realistic customers and vehicles for the demo shop, registered through the ordinary use cases. */
@Component
class DemoCustomers {

    private final Customers customers;

    DemoCustomers(Customers customers) {
        this.customers = customers;
    }

    void create(TenantId tenant, UUID downtown, UUID northside) {
        Actor system = new Actor(
                tenant,
                new UUID(0, 0),
                "Pitwall setup",
                Role.OWNER,
                Role.OWNER.permissions(),
                true,
                Set.of(),
                Actor.Kind.USER,
                new UUID(0, 0));
        Customer maria = person(system, downtown, "Maria", "Garcia", "maria.garcia@example.com", "(217) 555-0142");
        vehicle(system, maria, "1HGCM82633A004352", "ABC 1234", 2003, "Honda", "Accord", 148_210);
        Customer james = person(system, downtown, "James", "Okafor", "j.okafor@example.net", "(217) 555-0199");
        vehicle(system, james, "5YJSA1E27HF000337", "EV 2017", 2017, "Tesla", "Model S", 61_400);
        vehicle(system, james, "1FTFW1ET9DFC10312", "TRK 884", 2013, "Ford", "F-150", 172_005);
        Customer fleet = customers.register(
                system,
                new CustomerDetails(
                        northside,
                        Customer.Kind.BUSINESS,
                        null,
                        null,
                        "Prairie Plumbing LLC",
                        List.of("fleet@prairieplumbing.example"),
                        List.of("(217) 555-0100"),
                        new Customer.PostalAddress("45 Industrial Dr", "Springfield", "IL", "62703", "US"),
                        "Fleet account: net 30, PO number required.",
                        false));
        vehicle(system, fleet, "1GCWGAFP9J1234567", "PPL 001", 2018, "Chevrolet", "Express 2500", 98_330);
        Customer lee = person(system, northside, "Hannah", "Lee", "hannah.lee@example.org", "+1 217 555 0175");
        vehicle(system, lee, "JTDKB20U493498765", "HL 7781", 2009, "Toyota", "Prius", 201_560);
    }

    private Customer person(Actor system, UUID location, String first, String last, String email, String phone) {
        return customers.register(
                system,
                new CustomerDetails(
                        location,
                        Customer.Kind.PERSON,
                        first,
                        last,
                        null,
                        List.of(email),
                        List.of(phone),
                        new Customer.PostalAddress(null, "Springfield", "IL", null, "US"),
                        null,
                        true));
    }

    private void vehicle(
            Actor system, Customer owner, String vin, String plate, int year, String make, String model, int miles) {
        customers.registerVehicle(
                system,
                new VehicleDetails(
                        owner.id().value(),
                        vin,
                        plate,
                        "IL",
                        year,
                        make,
                        model,
                        null,
                        null,
                        null,
                        new Vehicle.OdometerReading(miles, Vehicle.Unit.MI, LocalDate.now())));
    }
}
