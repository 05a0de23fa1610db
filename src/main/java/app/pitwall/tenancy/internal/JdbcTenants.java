package app.pitwall.tenancy.internal;

import app.pitwall.access.Actor;
import app.pitwall.platform.TenantId;
import app.pitwall.tenancy.Location;
import app.pitwall.tenancy.LocationId;
import app.pitwall.tenancy.Tenants;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Tenants and locations in PostgreSQL; every query is also scoped by tenant explicitly. */
@Service
@Transactional
class JdbcTenants implements Tenants {

    private final JdbcClient jdbc;

    JdbcTenants(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public TenantId create(TenantId id, String name, List<Location> locations) {
        jdbc.sql("INSERT INTO tenant (id, name) VALUES (?, ?)")
                .params(id.value(), name)
                .update();
        for (Location location : locations) {
            jdbc.sql("""
                            INSERT INTO location (tenant_id, id, name, kind, street, city, region, postal_code,
                                                  country, time_zone, currency, labor_tax_rate, parts_tax_rate)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            id.value(),
                            location.id().value(),
                            location.name(),
                            location.kind().name(),
                            location.address().street(),
                            location.address().city(),
                            location.address().region(),
                            location.address().postalCode(),
                            location.address().country(),
                            location.timeZone().getId(),
                            location.currency().getCurrencyCode(),
                            location.laborTaxRate(),
                            location.partsTaxRate())
                    .update();
        }
        return id;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> nameOf(TenantId tenant) {
        return jdbc.sql("SELECT name FROM tenant WHERE id = ?")
                .param(tenant.value())
                .query(String.class)
                .optional();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Location> locations(TenantId tenant) {
        return jdbc.sql("SELECT * FROM location WHERE tenant_id = ? ORDER BY name")
                .param(tenant.value())
                .query(JdbcTenants::location)
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Location> location(TenantId tenant, LocationId id) {
        return jdbc.sql("SELECT * FROM location WHERE tenant_id = ? AND id = ?")
                .params(tenant.value(), id.value())
                .query(JdbcTenants::location)
                .optional();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Location> homeLocation(Actor actor) {
        List<Location> all = locations(actor.tenantId());
        return all.stream()
                .filter(location -> actor.mayUse(location.id().value()))
                .findFirst()
                .or(() -> all.stream().findFirst());
    }

    private static Location location(ResultSet row, int index) throws SQLException {
        return new Location(
                new TenantId(row.getObject("tenant_id", UUID.class)),
                new LocationId(row.getObject("id", UUID.class)),
                row.getString("name"),
                Location.Kind.valueOf(row.getString("kind")),
                new Location.Address(
                        row.getString("street"),
                        row.getString("city"),
                        row.getString("region"),
                        row.getString("postal_code"),
                        row.getString("country")),
                ZoneId.of(row.getString("time_zone")),
                Currency.getInstance(row.getString("currency")),
                row.getBigDecimal("labor_tax_rate"),
                row.getBigDecimal("parts_tax_rate"));
    }
}
