package app.pitwall.demo;

import app.pitwall.access.Actor;
import app.pitwall.customers.Customer;
import app.pitwall.customers.CustomerDetails;
import app.pitwall.customers.Customers;
import app.pitwall.customers.Vehicle;
import app.pitwall.customers.VehicleDetails;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** A few realistic customers and vehicles for the demo shop, registered through the ordinary use cases. */
@Component
class DemoCustomers {

    /** A customer with one of their vehicles, at their home location: who comes in on the demo day. */
    record Visitor(UUID location, Customer customer, Vehicle vehicle) {

        UUID customerId() {
            return customer.id().value();
        }

        UUID vehicleId() {
            return vehicle.id().value();
        }

        /** The vehicle's last odometer reading. */
        int miles() {
            return vehicle.odometerReadings().get(0).value();
        }
    }

    /** The visitors of the demo day. */
    record Made(
            Visitor mariasAccord,
            Visitor jamessTesla,
            Visitor jamessTruck,
            Visitor priyasOutback,
            Visitor fleetVan,
            Visitor hannahsPrius) {}

    private final Customers customers;

    DemoCustomers(Customers customers) {
        this.customers = customers;
    }

    Made create(Actor advisor, UUID downtown, UUID northside) {
        Customer maria = person(advisor, downtown, "Maria", "Garcia", "maria.garcia@example.com", "(217) 555-0142");
        Customer james = person(advisor, downtown, "James", "Okafor", "j.okafor@example.net", "(217) 555-0199");
        Customer priya = person(advisor, downtown, "Priya", "Shah", "priya.shah@example.com", "(217) 555-0163");
        Customer fleet = customers.register(
                advisor,
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
        Customer lee = person(advisor, northside, "Hannah", "Lee", "hannah.lee@example.org", "+1 217 555 0175");
        return new Made(
                vehicle(advisor, downtown, maria, "1HGCM82633A004352", "ABC 1234", 2003, "Honda", "Accord", 148_210),
                vehicle(advisor, downtown, james, "5YJSA1E27HF000337", "EV 2017", 2017, "Tesla", "Model S", 61_400),
                vehicle(advisor, downtown, james, "1FTFW1ET9DFC10312", "TRK 884", 2013, "Ford", "F-150", 172_005),
                vehicle(advisor, downtown, priya, "4S4BSANC6F3288377", "PS 2015", 2015, "Subaru", "Outback", 88_940),
                vehicle(
                        advisor,
                        northside,
                        fleet,
                        "1GCWGAFP9J1234567",
                        "PPL 001",
                        2018,
                        "Chevrolet",
                        "Express 2500",
                        98_330),
                vehicle(advisor, northside, lee, "JTDKB20U493498765", "HL 7781", 2009, "Toyota", "Prius", 201_560));
    }

    private Customer person(Actor actor, UUID location, String first, String last, String email, String phone) {
        return customers.register(
                actor,
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

    private Visitor vehicle(
            Actor actor,
            UUID location,
            Customer owner,
            String vin,
            String plate,
            int year,
            String make,
            String model,
            int miles) {
        Vehicle vehicle = customers.registerVehicle(
                actor,
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
                        new Vehicle.OdometerReading(
                                miles, Vehicle.Unit.MI, LocalDate.now().minusMonths(6))));
        return new Visitor(location, owner, vehicle);
    }
}
