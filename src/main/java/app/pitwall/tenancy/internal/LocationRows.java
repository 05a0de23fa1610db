package app.pitwall.tenancy.internal;

import app.pitwall.platform.TenantId;
import app.pitwall.tenancy.Location;
import app.pitwall.tenancy.LocationDetails;
import app.pitwall.tenancy.LocationId;
import app.pitwall.tenancy.TaxRates;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code location} table; every statement names the tenant as well as relying on row-level security. */
@Component
class LocationRows {

    private final JdbcClient jdbc;

    LocationRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Location> all(TenantId tenant) {
        return jdbc.sql("SELECT * FROM location WHERE tenant_id = ? ORDER BY name, id")
                .param(tenant.value())
                .query(LocationRows::location)
                .list();
    }

    Optional<Location> one(TenantId tenant, LocationId id, boolean lock) {
        return jdbc.sql("SELECT * FROM location WHERE tenant_id = ? AND id = ?" + (lock ? " FOR UPDATE" : ""))
                .params(tenant.value(), id.value())
                .query(LocationRows::location)
                .optional();
    }

    void insert(Location location) {
        LocationDetails d = location.details();
        jdbc.sql("""
                        INSERT INTO location (tenant_id, id, name, kind, street, street2, city, region, postal_code,
                                              country, phone, registration_number, time_zone, currency,
                                              labor_tax_rate, parts_tax_rate, fees_tax_rate, closed,
                                              part_condition_required, version)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(params(location.tenantId().value(), location.id().value(), d))
                .update();
    }

    void update(Location location, LocationDetails d, Instant at) {
        List<Object> fields = params(null, null, d);
        List<Object> all = new ArrayList<>(fields.subList(2, fields.size()));
        all.add(java.sql.Timestamp.from(at));
        all.add(location.tenantId().value());
        all.add(location.id().value());
        jdbc.sql("""
                        UPDATE location SET name = ?, kind = ?, street = ?, street2 = ?, city = ?, region = ?,
                                            postal_code = ?, country = ?, phone = ?, registration_number = ?,
                                            time_zone = ?, currency = ?, labor_tax_rate = ?, parts_tax_rate = ?,
                                            fees_tax_rate = ?, closed = ?, part_condition_required = ?,
                                            version = version + 1,
                                            updated_at = ?
                        WHERE tenant_id = ? AND id = ?""").params(all).update();
    }

    private static List<Object> params(UUID tenant, UUID id, LocationDetails d) {
        List<Object> params = new ArrayList<>();
        params.add(tenant);
        params.add(id);
        params.add(d.name());
        params.add(d.kind().name());
        params.add(d.address().street());
        params.add(d.address().street2());
        params.add(d.address().city());
        params.add(d.address().region());
        params.add(d.address().postalCode());
        params.add(d.address().country());
        params.add(d.phone());
        params.add(d.registrationNumber());
        params.add(d.timeZone().getId());
        params.add(d.currency().getCurrencyCode());
        params.add(d.taxRates().labor());
        params.add(d.taxRates().parts());
        params.add(d.taxRates().fees());
        params.add(d.closed());
        params.add(d.partConditionRequired());
        return params;
    }

    static Location location(ResultSet row, int index) throws SQLException {
        return new Location(
                new TenantId(row.getObject("tenant_id", UUID.class)),
                new LocationId(row.getObject("id", UUID.class)),
                new LocationDetails(
                        row.getString("name"),
                        Location.Kind.valueOf(row.getString("kind")),
                        new Location.Address(
                                row.getString("street"),
                                row.getString("street2"),
                                row.getString("city"),
                                row.getString("region"),
                                row.getString("postal_code"),
                                row.getString("country")),
                        row.getString("phone"),
                        row.getString("registration_number"),
                        ZoneId.of(row.getString("time_zone")),
                        Currency.getInstance(row.getString("currency")),
                        new TaxRates(
                                row.getBigDecimal("labor_tax_rate"),
                                row.getBigDecimal("parts_tax_rate"),
                                row.getBigDecimal("fees_tax_rate")),
                        row.getBoolean("closed"),
                        row.getBoolean("part_condition_required")),
                row.getInt("version"));
    }
}
