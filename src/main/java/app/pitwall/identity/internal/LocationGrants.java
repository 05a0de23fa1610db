package app.pitwall.identity.internal;

import app.pitwall.access.Actor;
import app.pitwall.platform.InvalidInputException;
import app.pitwall.tenancy.LocationId;
import app.pitwall.tenancy.Tenants;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Checks the locations someone gives a person or a token: each must be one of the tenant's (another
 * tenant's id is as unknown as a made-up one), and staff limited to some locations can only hand
 * out those, never "all locations".
 */
@Component
class LocationGrants {

    private final Tenants tenants;

    LocationGrants(Tenants tenants) {
        this.tenants = tenants;
    }

    /**
     * The locations granted; empty means all of them.
     *
     * @throws InvalidInputException on the field when a location is unknown or not the actor's to give
     */
    Set<UUID> check(Actor actor, String field, Collection<UUID> requested) {
        Set<UUID> locations = requested == null ? Set.of() : new LinkedHashSet<>(requested);
        if (locations.isEmpty() && !actor.allLocations()) {
            throw new InvalidInputException(
                    field, "You work at some locations only, so you can only grant those: list them.");
        }
        for (UUID location : locations) {
            if (location == null
                    || tenants.location(actor.tenantId(), new LocationId(location))
                            .isEmpty()) {
                throw new InvalidInputException(field, "No such location: " + location + ".");
            }
            if (!actor.mayUse(location)) {
                throw new InvalidInputException(field, "You cannot grant a location you do not work at.");
            }
        }
        return Set.copyOf(locations);
    }
}
