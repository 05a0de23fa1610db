package app.pitwall.tenancy;

import app.pitwall.access.Actor;
import app.pitwall.platform.TenantId;
import java.util.List;
import java.util.Optional;

/** The tenants and their locations: what other modules may ask about the business they act for. */
public interface Tenants {

    /**
     * Creates a tenant with its first locations. The caller must act inside the new tenant (see
     * {@link app.pitwall.platform.TenantScope}), since the database only accepts rows of the
     * current tenant.
     */
    TenantId create(TenantId id, String name, List<Location> locations);

    Optional<String> nameOf(TenantId tenant);

    List<Location> locations(TenantId tenant);

    Optional<Location> location(TenantId tenant, LocationId id);

    /**
     * The location whose clock the actor's pages show times on: the first of the tenant's locations
     * (in their listed order) the actor may use, the tenant's first for an actor limited to none;
     * empty only for a tenant without locations.
     */
    Optional<Location> homeLocation(Actor actor);
}
