package app.pitwall.tenancy.web;

import app.pitwall.tenancy.Location;
import app.pitwall.tenancy.LocationDetails;
import app.pitwall.tenancy.TaxRates;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * A location as the API writes and reads it. Tax rates are percentages as staff type them ({@code "8.25"}), written
 * as decimal strings; the same shape, less {@code id}, is what a POST sends and what a PATCH merges into.
 */
record LocationRepresentation(
        UUID id,
        String name,
        Location.Kind kind,
        AddressPart address,
        String phone,
        String registrationNumber,
        String timeZone,
        String currency,
        TaxPart taxPercent,
        Boolean closed,
        Boolean partConditionRequired,
        Integer version) {

    record AddressPart(String street, String street2, String city, String region, String postalCode, String country) {}

    /** Percent of the line kind's amount, each its own rate; 0 for none. */
    record TaxPart(BigDecimal labor, BigDecimal parts, BigDecimal fees) {}

    static LocationRepresentation of(Location location) {
        LocationDetails d = location.details();
        Location.Address a = d.address();
        TaxRates tax = d.taxRates();
        return new LocationRepresentation(
                location.id().value(),
                d.name(),
                d.kind(),
                new AddressPart(a.street(), a.street2(), a.city(), a.region(), a.postalCode(), a.country()),
                d.phone(),
                d.registrationNumber(),
                d.timeZone().getId(),
                d.currency().getCurrencyCode(),
                new TaxPart(tax.laborPercent(), tax.partsPercent(), tax.feesPercent()),
                d.closed(),
                d.partConditionRequired(),
                location.version());
    }

    /** The details this representation says; every refusal names its field. */
    LocationDetails details() {
        AddressPart a = address == null ? new AddressPart(null, null, null, null, null, null) : address;
        TaxPart tax = taxPercent == null ? new TaxPart(null, null, null) : taxPercent;
        return new LocationDetails(
                name,
                kind,
                new Location.Address(a.street(), a.street2(), a.city(), a.region(), a.postalCode(), a.country()),
                phone,
                registrationNumber,
                LocationDetails.zone(timeZone),
                LocationDetails.currency(currency),
                TaxRates.ofPercent(tax.labor(), tax.parts(), tax.fees()),
                Boolean.TRUE.equals(closed),
                Boolean.TRUE.equals(partConditionRequired));
    }
}
