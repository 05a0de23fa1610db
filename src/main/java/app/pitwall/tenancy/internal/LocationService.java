package app.pitwall.tenancy.internal;

import app.pitwall.access.Actor;
import app.pitwall.platform.ConflictException;
import app.pitwall.platform.Cursor;
import app.pitwall.platform.ForbiddenException;
import app.pitwall.platform.NotFoundException;
import app.pitwall.platform.Page;
import app.pitwall.platform.web.ProblemType;
import app.pitwall.tenancy.Location;
import app.pitwall.tenancy.LocationDetails;
import app.pitwall.tenancy.LocationEvents;
import app.pitwall.tenancy.LocationId;
import app.pitwall.tenancy.Locations;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Locations for one actor: scoped to the locations they may use, versioned, and announced as events. */
@Service
@Transactional
class LocationService implements Locations {

    private static final Comparator<Location> BY_NAME = Comparator.comparing(Location::name)
            .thenComparing(location -> location.id().value());

    private final LocationRows rows;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LocationService(LocationRows rows, ApplicationEventPublisher events, Clock clock) {
        this.rows = rows;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<Location> list(Actor actor, int limit, String cursor) {
        Cursor after = Cursor.decode(cursor);
        List<Location> visible = rows.all(actor.tenantId()).stream()
                .filter(location -> actor.mayUse(location.id().value()))
                .sorted(BY_NAME)
                .filter(location -> after == null || comesAfter(location, after))
                .limit(limit + 1L)
                .toList();
        return Cursor.page(
                visible,
                limit,
                location -> new Cursor(location.name(), location.id().value()));
    }

    @Override
    @Transactional(readOnly = true)
    public Location find(Actor actor, LocationId id) {
        return visible(actor, id, false);
    }

    @Override
    public Location add(Actor actor, LocationDetails details) {
        if (!actor.allLocations()) {
            throw new ForbiddenException("Only staff who work at every location can add one.");
        }
        Location location = new Location(actor.tenantId(), LocationId.random(), details, 0);
        rows.insert(location);
        events.publishEvent(new LocationEvents.LocationAdded(actor.tenantId(), location.id(), actor.userId(), details));
        return location;
    }

    @Override
    public Location change(Actor actor, LocationId id, int expectedVersion, UnaryOperator<LocationDetails> change) {
        Location current = visible(actor, id, true);
        if (current.version() != expectedVersion) {
            throw new ConflictException(
                    ProblemType.STALE_VERSION,
                    "Someone else changed this location (now at version " + current.version() + "); reload it.",
                    Map.of("currentVersion", current.version()));
        }
        LocationDetails changed = change.apply(current.details());
        if (changed.equals(current.details())) {
            return current;
        }
        rows.update(current, changed, clock.instant());
        events.publishEvent(
                new LocationEvents.LocationChanged(actor.tenantId(), id, actor.userId(), current.details(), changed));
        return new Location(current.tenantId(), id, changed, current.version() + 1);
    }

    private Location visible(Actor actor, LocationId id, boolean lock) {
        if (!actor.mayUse(id.value())) {
            throw new NotFoundException("Location");
        }
        return rows.one(actor.tenantId(), id, lock).orElseThrow(() -> new NotFoundException("Location"));
    }

    private static boolean comesAfter(Location location, Cursor after) {
        int byName = location.name().compareTo(after.key());
        return byName > 0 || (byName == 0 && location.id().value().compareTo(after.id()) > 0);
    }
}
