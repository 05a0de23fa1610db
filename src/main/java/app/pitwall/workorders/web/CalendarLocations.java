package app.pitwall.workorders.web;

import app.pitwall.access.Actor;
import app.pitwall.platform.NotFoundException;
import app.pitwall.tenancy.Location;
import app.pitwall.tenancy.Tenants;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The locations the calendar and shop-setup pages let an actor choose: those of the tenant the actor may work at. A
 * location asked for in the address that is not among them (another tenant's, or one the actor is not allowed at) is
 * "not found".
 */
@Component
class CalendarLocations {

    private final Tenants tenants;

    CalendarLocations(Tenants tenants) {
        this.tenants = tenants;
    }

    /** A location as a select shows it. */
    record Choice(UUID id, String name) {

        public String value() {
            return id.toString();
        }

        public String label() {
            return name;
        }
    }

    List<Location> usable(Actor actor) {
        return tenants.locations(actor.tenantId()).stream()
                .filter(location -> actor.mayUse(location.id().value()))
                .toList();
    }

    List<Choice> choices(Actor actor) {
        return usable(actor).stream()
                .map(location -> new Choice(location.id().value(), location.name()))
                .toList();
    }

    /** The location named in the address, the actor's first one without a name, or 404. */
    Location chosen(Actor actor, String requested) {
        List<Location> usable = usable(actor);
        if (requested == null || requested.isBlank()) {
            if (usable.isEmpty()) {
                throw new NotFoundException("Location");
            }
            return usable.get(0);
        }
        UUID id;
        try {
            id = UUID.fromString(requested.strip());
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("Location");
        }
        return usable.stream()
                .filter(location -> location.id().value().equals(id))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Location"));
    }

    /** A location the actor may use, by id, or 404. */
    Location of(Actor actor, UUID id) {
        return chosen(actor, id == null ? "-" : id.toString());
    }
}
