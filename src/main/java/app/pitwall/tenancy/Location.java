package app.pitwall.tenancy;

import app.pitwall.platform.TenantId;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;

/**
 * A place where the tenant does business, with what money and time mean there: its {@link LocationDetails} and the
 * version a change must name.
 */
public record Location(TenantId tenantId, LocationId id, LocationDetails details, int version) {

    /** A new, open location with labor and parts taxed as given and fees untaxed; as sign-up makes the first one. */
    public Location(
            TenantId tenantId,
            LocationId id,
            String name,
            Kind kind,
            Address address,
            ZoneId timeZone,
            Currency currency,
            BigDecimal laborTaxRate,
            BigDecimal partsTaxRate) {
        this(
                tenantId,
                id,
                new LocationDetails(
                        name,
                        kind,
                        address,
                        null,
                        null,
                        timeZone,
                        currency,
                        new TaxRates(laborTaxRate, partsTaxRate, BigDecimal.ZERO),
                        false,
                        false),
                0);
    }

    /** What the location is. */
    public enum Kind {
        REPAIR_SHOP,
        DETAILING,
        STORAGE
    }

    /** A postal address; country is ISO 3166-1 alpha-2. Blank parts are absent. */
    public record Address(
            String street, String street2, String city, String region, String postalCode, String country) {

        public Address {
            street = blankless(street);
            street2 = blankless(street2);
            city = blankless(city);
            region = blankless(region);
            postalCode = blankless(postalCode);
            country = country == null || country.isBlank()
                    ? null
                    : country.strip().toUpperCase(Locale.ROOT);
        }

        public Address(String street, String city, String region, String postalCode, String country) {
            this(street, null, city, region, postalCode, country);
        }

        private static String blankless(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    public String name() {
        return details.name();
    }

    public Kind kind() {
        return details.kind();
    }

    public Address address() {
        return details.address();
    }

    public ZoneId timeZone() {
        return details.timeZone();
    }

    public Currency currency() {
        return details.currency();
    }

    public TaxRates taxRates() {
        return details.taxRates();
    }

    public boolean closed() {
        return details.closed();
    }

    /** Whether a part line must state its part's condition before an invoice of this location is posted. */
    public boolean partConditionRequired() {
        return details.partConditionRequired();
    }

    /** Tax on labor as a fraction (0.0825 for 8.25 %). */
    public BigDecimal laborTaxRate() {
        return details.taxRates().labor();
    }

    /** Tax on parts as a fraction. */
    public BigDecimal partsTaxRate() {
        return details.taxRates().parts();
    }
}
