package app.pitwall.tenancy.web;

import app.pitwall.platform.web.FormFields;
import app.pitwall.platform.web.NoCardNumber;
import app.pitwall.tenancy.Location;
import app.pitwall.tenancy.LocationDetails;
import app.pitwall.tenancy.TaxRates;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Map;

/**
 * A location as the settings form types it: tax rates in percent. What the form can check it checks (every field at
 * once); what only the location can (a real time zone, currency and country) comes back named by the location's own
 * field names, which {@link #inputOf} maps to the inputs.
 */
record LocationForm(
        @NotBlank @Size(max = 200) @NoCardNumber String name,
        @NotNull Location.Kind kind,
        @Size(max = 200) @NoCardNumber String street,
        @Size(max = 200) @NoCardNumber String street2,
        @Size(max = 100) String city,
        @Size(max = 100) String region,
        @Size(max = 20) String postalCode,

        @NotBlank @Pattern(regexp = "[A-Za-z]{2}", message = "{location.country.invalid}")
        String country,

        @Size(max = 40) String phone,
        @Size(max = 60) @NoCardNumber String registrationNumber,
        @NotBlank @Size(max = 60) String timeZone,

        @NotBlank @Pattern(regexp = "[A-Za-z]{3}", message = "{location.currency.invalid}")
        String currency,

        @NotBlank @Pattern(regexp = PERCENT, message = "{location.tax.invalid}")
        String laborTax,

        @NotBlank @Pattern(regexp = PERCENT, message = "{location.tax.invalid}")
        String partsTax,

        @NotBlank @Pattern(regexp = PERCENT, message = "{location.tax.invalid}")
        String feesTax,

        Boolean closed,
        Boolean partConditionRequired,

        @Pattern(regexp = "^$|[0-9]{1,9}", message = "{form.version.invalid}")
        String version)
        implements FormFields {

    /** A percentage as typed: up to two digits before the point and four after (8.8750), with a point or comma. */
    static final String PERCENT = "^\\s*[0-9]{1,2}([.,][0-9]{1,4})?\\s*%?\\s*$";

    private static final Map<String, String> INPUTS = Map.of(
            "address.street", "street",
            "address.street2", "street2",
            "address.city", "city",
            "address.region", "region",
            "address.postalCode", "postalCode",
            "address.country", "country",
            "taxPercent.labor", "laborTax",
            "taxPercent.parts", "partsTax",
            "taxPercent.fees", "feesTax");

    /** A new location's form: a repair shop in the zone and currency of the shop the actor sees first. */
    static LocationForm blank(Location like) {
        return new LocationForm(
                "",
                Location.Kind.REPAIR_SHOP,
                "",
                "",
                "",
                "",
                "",
                like == null ? "US" : like.address().country(),
                "",
                "",
                like == null ? "America/Chicago" : like.timeZone().getId(),
                like == null ? "USD" : like.currency().getCurrencyCode(),
                "0",
                "0",
                "0",
                false,
                false,
                "");
    }

    static LocationForm of(Location location) {
        LocationDetails d = location.details();
        Location.Address a = d.address();
        return new LocationForm(
                d.name(),
                d.kind(),
                a.street(),
                a.street2(),
                a.city(),
                a.region(),
                a.postalCode(),
                a.country(),
                d.phone(),
                d.registrationNumber(),
                d.timeZone().getId(),
                d.currency().getCurrencyCode(),
                d.taxRates().laborPercent().toPlainString(),
                d.taxRates().partsPercent().toPlainString(),
                d.taxRates().feesPercent().toPlainString(),
                d.closed(),
                d.partConditionRequired(),
                Integer.toString(location.version()));
    }

    LocationDetails details() {
        return new LocationDetails(
                name,
                kind,
                new Location.Address(street, street2, city, region, postalCode, country),
                phone,
                registrationNumber,
                LocationDetails.zone(timeZone),
                LocationDetails.currency(currency == null ? null : currency.toUpperCase(java.util.Locale.ROOT)),
                TaxRates.ofPercent(percent(laborTax), percent(partsTax), percent(feesTax)),
                Boolean.TRUE.equals(closed),
                Boolean.TRUE.equals(partConditionRequired));
    }

    private static BigDecimal percent(String typed) {
        return new BigDecimal(typed.replace("%", "").replace(',', '.').strip());
    }

    @Override
    public String inputOf(String refusedField) {
        return INPUTS.getOrDefault(refusedField, refusedField);
    }
}
