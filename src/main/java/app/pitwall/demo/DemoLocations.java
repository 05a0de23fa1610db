package app.pitwall.demo;

import app.pitwall.platform.TenantId;
import app.pitwall.tenancy.Location;
import app.pitwall.tenancy.LocationDetails;
import app.pitwall.tenancy.LocationId;
import app.pitwall.tenancy.TaxRates;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

/**
 * The demo shop's two locations: Downtown, where the advisor's day is set up, and Northside. Everything a location
 * says about itself is written here, so adding its phone, hours or registration number is one place.
 */
record DemoLocations(LocationId downtown, LocationId northside) {

    static final ZoneId ZONE = ZoneId.of("America/Chicago");

    static DemoLocations fresh() {
        return new DemoLocations(new LocationId(UUID.randomUUID()), new LocationId(UUID.randomUUID()));
    }

    List<Location> locations(TenantId tenant) {
        return List.of(
                location(tenant, downtown, "Demo Motors Downtown", "100 Main Street", "(217) 555-0100", "IL-RF-104233"),
                location(
                        tenant,
                        northside,
                        "Demo Motors Northside",
                        "2200 North Avenue",
                        "(217) 555-0142",
                        "IL-RF-104871"));
    }

    List<UUID> ids() {
        return List.of(downtown.value(), northside.value());
    }

    /** Labor taxed at 6.25 %, parts at 8.25 %, shop fees at 6.25 %: each line kind has its own rate. */
    private static Location location(
            TenantId tenant, LocationId id, String name, String street, String phone, String registration) {
        return new Location(
                tenant,
                id,
                new LocationDetails(
                        name,
                        Location.Kind.REPAIR_SHOP,
                        new Location.Address(street, "Springfield", "IL", "62701", "US"),
                        phone,
                        registration,
                        ZONE,
                        Currency.getInstance("USD"),
                        new TaxRates(new BigDecimal("0.0625"), new BigDecimal("0.0825"), new BigDecimal("0.0625")),
                        false,
                        false),
                0);
    }
}
