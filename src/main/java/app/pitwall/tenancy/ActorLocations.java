package app.pitwall.tenancy;

import app.pitwall.access.Actor;
import app.pitwall.platform.InvalidInputException;
import app.pitwall.platform.NotFoundException;
import app.pitwall.platform.TenantId;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The locations an actor may work with: those of their tenant they are allowed at. A location of another tenant, or
 * one the actor is not allowed at, does not exist for them: "not found" when it is what they asked for (a path or query
 * parameter), bad input naming the field when they named it in a request body.
 */
@Component
public class ActorLocations {

    private final Tenants tenants;

    ActorLocations(Tenants tenants) {
        this.tenants = tenants;
    }

    /** A location as a select shows it. */
    public record Choice(UUID id, String name) {

        public String value() {
            return id.toString();
        }

        public String label() {
            return name;
        }
    }

    /** The locations the actor may use, in the tenant's order. */
    public List<Location> usable(Actor actor) {
        return tenants.locations(actor.tenantId()).stream()
                .filter(location -> actor.mayUse(location.id().value()))
                .toList();
    }

    public List<Choice> choices(Actor actor) {
        return usable(actor).stream()
                .map(location -> new Choice(location.id().value(), location.name()))
                .toList();
    }

    /** The location named in the address, the actor's first one without a name, or 404. */
    public Location chosen(Actor actor, String requested) {
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
        return visible(actor, id);
    }

    /** The location asked for (a path or query parameter), or 404. */
    public Location visible(Actor actor, UUID location) {
        if (location == null || !actor.mayUse(location)) {
            throw new NotFoundException("Location");
        }
        return tenants.location(actor.tenantId(), new LocationId(location))
                .orElseThrow(() -> new NotFoundException("Location"));
    }

    /** The location a page asks for by id, or 404. */
    public Location of(Actor actor, UUID location) {
        return visible(actor, location);
    }

    /**
     * The location named in a request body for new work there (an order, an appointment), or 400 naming the field: a
     * closed location takes none.
     */
    public Location named(Actor actor, UUID location, String field) {
        if (location == null) {
            throw new InvalidInputException(field, "required");
        }
        if (!actor.mayUse(location)) {
            throw new InvalidInputException(field, "no such location");
        }
        Location named = tenants.location(actor.tenantId(), new LocationId(location))
                .orElseThrow(() -> new InvalidInputException(field, "no such location"));
        if (named.closed()) {
            throw new InvalidInputException(field, named.name() + " is closed and takes no new work");
        }
        return named;
    }

    /** A location of something already known to be visible (an order being worked on). */
    public Location of(TenantId tenant, UUID location) {
        return tenants.location(tenant, new LocationId(location)).orElseThrow(() -> new NotFoundException("Location"));
    }
}
