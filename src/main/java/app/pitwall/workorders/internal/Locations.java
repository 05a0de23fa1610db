package app.pitwall.workorders.internal;

import app.pitwall.access.Actor;
import app.pitwall.platform.InvalidInputException;
import app.pitwall.platform.NotFoundException;
import app.pitwall.tenancy.Location;
import app.pitwall.tenancy.LocationId;
import app.pitwall.tenancy.Tenants;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The locations an actor may work with. A location of another tenant, or one the actor is not allowed at, does not
 * exist for them: "not found" when it is what they asked for, bad input when they named it in a request body.
 */
@Component
class Locations {

    private final Tenants tenants;

    Locations(Tenants tenants) {
        this.tenants = tenants;
    }

    /** The location asked for (a path or query parameter), or 404. */
    Location visible(Actor actor, UUID location) {
        if (location == null || !actor.mayUse(location)) {
            throw new NotFoundException("Location");
        }
        return tenants.location(actor.tenantId(), new LocationId(location))
                .orElseThrow(() -> new NotFoundException("Location"));
    }

    /** The location named in a request body, or 400 naming the field. */
    Location named(Actor actor, UUID location, String field) {
        if (location == null) {
            throw new InvalidInputException(field, "required");
        }
        if (!actor.mayUse(location)) {
            throw new InvalidInputException(field, "no such location");
        }
        return tenants.location(actor.tenantId(), new LocationId(location))
                .orElseThrow(() -> new InvalidInputException(field, "no such location"));
    }

    /** A location of the order being worked on, already known to be visible. */
    Location of(app.pitwall.platform.TenantId tenant, UUID location) {
        return tenants.location(tenant, new LocationId(location)).orElseThrow(() -> new NotFoundException("Location"));
    }
}
