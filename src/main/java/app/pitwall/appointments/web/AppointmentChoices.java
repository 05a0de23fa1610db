package app.pitwall.appointments.web;

import app.pitwall.access.Actor;
import app.pitwall.appointments.Appointments;
import app.pitwall.customers.Customer;
import app.pitwall.customers.CustomerId;
import app.pitwall.customers.Customers;
import app.pitwall.customers.Vehicle;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * What the appointment and check-in forms let staff choose, through the customers module's public API and the
 * calendar's resources: customers matching what was typed (and the one already chosen), that customer's vehicles,
 * and the location's bays and technicians. Only names and vehicle descriptions, never contact details.
 */
@Component
class AppointmentChoices {

    static final int CUSTOMERS_SHOWN = 20;
    private static final int VEHICLES_SHOWN = 50;

    private final Customers customers;
    private final Appointments appointments;

    AppointmentChoices(Customers customers, Appointments appointments) {
        this.customers = customers;
        this.appointments = appointments;
    }

    /** An option of a select. */
    record Option(String value, String label) {}

    /** The customers to choose from: matches of the query, with the chosen one first. */
    List<Option> customers(Actor actor, String query, UUID chosen) {
        List<Option> options = new ArrayList<>();
        customer(actor, chosen)
                .ifPresent(customer -> options.add(new Option(chosen.toString(), customer.displayName())));
        if (query != null && !query.isBlank()) {
            customers.search(actor, query.strip(), CUSTOMERS_SHOWN, null).items().stream()
                    .filter(customer -> !customer.id().value().equals(chosen))
                    .forEach(customer ->
                            options.add(new Option(customer.id().value().toString(), customer.displayName())));
        }
        return options;
    }

    /** The chosen customer's vehicles; none while no customer is chosen. */
    List<Option> vehicles(Actor actor, UUID customer) {
        if (customer == null || customer(actor, customer).isEmpty()) {
            return List.of();
        }
        return customers.vehicles(actor, null, new CustomerId(customer), VEHICLES_SHOWN, null).items().stream()
                .map(vehicle -> new Option(vehicle.id().value().toString(), label(vehicle)))
                .toList();
    }

    List<Option> bays(Appointments.Resources resources) {
        return resources.bays().stream()
                .map(bay -> new Option(bay.id().value().toString(), bay.name()))
                .toList();
    }

    List<Option> technicians(Appointments.Resources resources) {
        return resources.technicians().stream()
                .map(member -> new Option(member.id().toString(), member.name()))
                .toList();
    }

    Appointments.Resources resources(Actor actor, UUID location) {
        return appointments.resources(actor, location);
    }

    private Optional<Customer> customer(Actor actor, UUID id) {
        return id == null ? Optional.empty() : customers.find(actor, new CustomerId(id));
    }

    /** "2019 Honda Civic · RSA 911", as the repair order will name it. */
    static String label(Vehicle vehicle) {
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
