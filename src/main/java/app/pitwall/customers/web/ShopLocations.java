package app.pitwall.customers.web;

import app.pitwall.access.Actor;
import app.pitwall.tenancy.Location;
import app.pitwall.tenancy.LocationId;
import app.pitwall.tenancy.Tenants;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The tenant's locations as the customer pages show them: names, and the ones an actor may register customers at. */
@Component
class ShopLocations {

    private final Tenants tenants;

    ShopLocations(Tenants tenants) {
        this.tenants = tenants;
    }

    /** A location to choose in a form; {@code value} and {@code label} are what the select shows. */
    record Choice(UUID id, String name) {

        public String value() {
            return id.toString();
        }

        public String label() {
            return name;
        }
    }

    /** The locations the actor may work at, in the tenant's order. */
    List<Choice> usableBy(Actor actor) {
        return tenants.locations(actor.tenantId()).stream()
                .filter(location -> actor.mayUse(location.id().value()))
                .map(location -> new Choice(location.id().value(), location.name()))
                .toList();
    }

    /** Every location's name by id, for lists that show where a customer belongs. */
    Map<UUID, String> names(Actor actor) {
        Map<UUID, String> names = new LinkedHashMap<>();
        tenants.locations(actor.tenantId())
                .forEach(location -> names.put(location.id().value(), location.name()));
        return names;
    }

    /** The time zone of a location, for dating what staff enter there; UTC if it cannot be found. */
    ZoneId zoneOf(Actor actor, UUID location) {
        return tenants.location(actor.tenantId(), new LocationId(location))
                .map(Location::timeZone)
                .orElse(ZoneOffset.UTC);
    }
}
