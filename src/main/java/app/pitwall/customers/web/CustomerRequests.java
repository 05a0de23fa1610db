package app.pitwall.customers.web;

import app.pitwall.customers.Customer;
import app.pitwall.customers.CustomerDetails;
import app.pitwall.customers.Vehicle;
import app.pitwall.customers.VehicleDetails;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The JSON bodies the customer and vehicle endpoints accept, with their size and shape limits. */
final class CustomerRequests {

    private CustomerRequests() {}

    /** A postal address as sent. */
    record Address(
            @Size(max = 200) String street,
            @Size(max = 100) String city,
            @Size(max = 100) String region,
            @Size(max = 20) String postalCode,

            @Pattern(regexp = "^$|^[A-Za-z]{2}$", message = "must be a two-letter country code")
            String country) {

        Customer.PostalAddress toAddress() {
            return new Customer.PostalAddress(street, city, region, postalCode, country);
        }
    }

    /**
     * Create or change a customer; on change, absent fields stay as they are and "" (or {@code null}, as a merge patch
     * says) clears one. A tax-exempt customer needs the exemption certificate's number; its expiry is optional.
     */
    record CustomerBody(
            UUID locationId,
            Customer.Kind kind,
            @Size(max = 100) String firstName,
            @Size(max = 100) String lastName,
            @Size(max = 200) String companyName,
            @Size(max = 5) List<@NotNull @Size(max = 254) String> emails,
            @Size(max = 5) List<@NotNull @Size(max = 40) String> phones,
            @Valid Address address,
            @Size(max = 4000) String notes,
            Boolean marketingConsent,
            Boolean taxExempt,
            @Size(max = 60) String taxExemptionCertificate,
            LocalDate taxExemptionExpires,
            @Min(0) Integer version) {

        CustomerDetails toDetails() {
            return toDetails(false);
        }

        /** The details; {@code expiresCleared} when the patch clears the exemption's expiry. */
        CustomerDetails toDetails(boolean expiresCleared) {
            return new CustomerDetails(
                    locationId,
                    kind,
                    firstName,
                    lastName,
                    companyName,
                    emails,
                    phones,
                    address == null ? null : address.toAddress(),
                    notes,
                    marketingConsent,
                    taxExempt,
                    taxExemptionCertificate,
                    taxExemptionExpires,
                    expiresCleared);
        }
    }

    /** An odometer reading as sent; the date defaults to today. */
    record Odometer(
            @NotNull @Min(0) @Max(10_000_000) Integer value,
            Vehicle.Unit unit,
            @PastOrPresent LocalDate readOn) {

        Vehicle.OdometerReading toReading() {
            return new Vehicle.OdometerReading(
                    value, unit == null ? Vehicle.Unit.MI : unit, readOn == null ? LocalDate.now() : readOn);
        }
    }

    /** Create or change a vehicle; on change, absent fields stay as they are and "" clears one. */
    record VehicleBody(
            UUID customerId,
            @Size(max = 32) String vin,
            @Size(max = 16) String plate,
            @Size(max = 50) String plateRegion,
            @Min(1886) @Max(2100) Integer year,
            @Size(max = 60) String make,
            @Size(max = 60) String model,
            @Size(max = 60) String trim,
            @Size(max = 60) String engine,
            @Size(max = 40) String colour,
            @Valid Odometer odometer,
            @Min(0) Integer version) {

        VehicleDetails toDetails() {
            return new VehicleDetails(
                    customerId,
                    vin,
                    plate,
                    plateRegion,
                    year,
                    make,
                    model,
                    trim,
                    engine,
                    colour,
                    odometer == null ? null : odometer.toReading());
        }
    }
}
