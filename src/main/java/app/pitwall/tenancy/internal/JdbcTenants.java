package app.pitwall.tenancy.internal;

import app.pitwall.access.Actor;
import app.pitwall.platform.TenantId;
import app.pitwall.tenancy.Location;
import app.pitwall.tenancy.LocationId;
import app.pitwall.tenancy.Tenants;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Tenants and locations in PostgreSQL; every query is also scoped by tenant explicitly. */
@Service
@Transactional
class JdbcTenants implements Tenants {

    private final JdbcClient jdbc;
    private final LocationRows rows;

    JdbcTenants(JdbcClient jdbc, LocationRows rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    @Override
    public TenantId create(TenantId id, String name, List<Location> locations) {
        jdbc.sql("INSERT INTO tenant (id, name) VALUES (?, ?)")
                .params(id.value(), name)
                .update();
        locations.forEach(rows::insert);
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
        return rows.all(tenant);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Location> location(TenantId tenant, LocationId id) {
        return rows.one(tenant, id, false);
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
}
