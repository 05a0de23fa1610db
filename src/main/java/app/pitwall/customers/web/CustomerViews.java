package app.pitwall.customers.web;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.customers.Customer;
import app.pitwall.customers.Vehicle;
import app.pitwall.customers.Vin;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the API answers about customers and vehicles. Contact details and the tax exemption appear only for roles
 * with {@code customers:contact}; technicians see names.
 */
final class CustomerViews {

    private CustomerViews() {}

    record CustomerView(
            UUID id,
            UUID locationId,
            Customer.Kind kind,
            String displayName,
            String firstName,
            String lastName,
            String companyName,
            List<String> emails,
            List<String> phones,
            Customer.PostalAddress address,
            String notes,
            Boolean marketingConsent,
            Boolean taxExempt,
            String taxExemptionCertificate,
            LocalDate taxExemptionExpires,
            Instant createdAt,
            Instant updatedAt,
            int version) {}

    record VehicleView(
            UUID id,
            UUID customerId,
            UUID locationId,
            String vin,
            String manufacturer,
            List<String> vinWarnings,
            String plate,
            String plateRegion,
            Integer year,
            String make,
            String model,
            String trim,
            String engine,
            String colour,
            List<Vehicle.OdometerReading> odometerReadings,
            Instant createdAt,
            Instant updatedAt,
            int version) {}

    static CustomerView of(Customer customer, Actor actor) {
        boolean contact = actor.can(Permission.CUSTOMERS_CONTACT);
        return new CustomerView(
                customer.id().value(),
                customer.locationId(),
                customer.kind(),
                customer.displayName(),
                customer.firstName(),
                customer.lastName(),
                customer.companyName(),
                contact ? customer.emails() : null,
                contact ? customer.phones() : null,
                contact ? customer.address() : null,
                contact ? customer.notes() : null,
                contact ? customer.marketingConsent() : null,
                contact ? customer.taxExempt() : null,
                contact ? customer.taxExemptionCertificate() : null,
                contact ? customer.taxExemptionExpires() : null,
                customer.createdAt(),
                customer.updatedAt(),
                customer.version());
    }

    static VehicleView of(Vehicle vehicle) {
        Vin.VinCheck check = vehicle.vin() == null ? null : Vin.check(vehicle.vin());
        return new VehicleView(
                vehicle.id().value(),
                vehicle.customerId().value(),
                vehicle.locationId(),
                vehicle.vin(),
                check == null ? null : check.manufacturer(),
                check == null ? List.of() : check.warnings(),
                vehicle.plate(),
                vehicle.plateRegion(),
                vehicle.year(),
                vehicle.make(),
                vehicle.model(),
                vehicle.trim(),
                vehicle.engine(),
                vehicle.colour(),
                vehicle.odometerReadings(),
                vehicle.createdAt(),
                vehicle.updatedAt(),
                vehicle.version());
    }
}
