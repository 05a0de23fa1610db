package app.pitwall.tenancy;

import app.pitwall.access.Actor;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The time zones of the tenant's locations, to show instants on each shop's clock. */
@Component
public class LocationZones {

    private final Tenants tenants;

    LocationZones(Tenants tenants) {
        this.tenants = tenants;
    }

    /** One location's zone; UTC for a location the actor cannot see (the service refuses it anyway). */
    public ZoneId of(Actor actor, UUID location) {
        if (location == null) {
            return ZoneOffset.UTC;
        }
        return tenants.location(actor.tenantId(), new LocationId(location))
                .map(Location::timeZone)
                .orElse(ZoneOffset.UTC);
    }

    /** Every location's zone, for lists that span locations. */
    public Map<UUID, ZoneId> all(Actor actor) {
        return tenants.locations(actor.tenantId()).stream()
                .collect(Collectors.toMap(location -> location.id().value(), Location::timeZone));
    }
}
