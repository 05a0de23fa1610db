package app.pitwall.access;

import app.pitwall.platform.TenantId;
import java.util.UUID;

/**
 * What a query may see: one tenant and, for staff limited to some locations, only those ({@code locations} null means
 * all). Every statement of this module names both.
 */
public record Scope(TenantId tenant, UUID[] locations) {

    public static Scope of(Actor actor) {
        return new Scope(
                actor.tenantId(),
                actor.allLocations() ? null : actor.locations().toArray(UUID[]::new));
    }

    /** The whole tenant: for the customer's approval link, which is bound to one order by its token. */
    public static Scope wholeTenant(TenantId tenant) {
        return new Scope(tenant, null);
    }
}
