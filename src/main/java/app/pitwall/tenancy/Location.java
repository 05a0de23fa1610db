package app.pitwall.tenancy;

import app.pitwall.platform.TenantId;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Currency;

/**
 * A place where the tenant does business, with what money and time mean there.
 *
 * @param laborTaxRate tax on labor as a fraction (0.0825 for 8.25 %)
 * @param partsTaxRate tax on parts as a fraction
 */
public record Location(
        TenantId tenantId,
        LocationId id,
        String name,
        Kind kind,
        Address address,
        ZoneId timeZone,
        Currency currency,
        BigDecimal laborTaxRate,
        BigDecimal partsTaxRate) {

    /** What the location is. */
    public enum Kind {
        REPAIR_SHOP,
        DETAILING,
        STORAGE
    }

    /** A postal address; country is ISO 3166-1 alpha-2. */
    public record Address(String street, String city, String region, String postalCode, String country) {}
}
