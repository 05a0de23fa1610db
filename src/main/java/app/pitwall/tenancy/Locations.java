package app.pitwall.tenancy;

import app.pitwall.access.Actor;
import app.pitwall.platform.Page;
import java.util.function.UnaryOperator;

/**
 * Adding and changing locations, for actors with {@code locations:manage} (the web layer checks the permission). An
 * actor limited to some locations sees and changes only those and may add none; a location of another tenant does not
 * exist for them. Every change names the version it was made on and is announced as a {@link LocationEvents} record.
 */
public interface Locations {

    /** The locations the actor may see, by name, {@code limit} at a time after {@code cursor}. */
    Page<Location> list(Actor actor, int limit, String cursor);

    /** The location, or 404. */
    Location find(Actor actor, LocationId id);

    Location add(Actor actor, LocationDetails details);

    /**
     * Applies {@code change} to the location's current details.
     *
     * @param expectedVersion the version the change was made on; a stale one is a conflict and nothing changes
     */
    Location change(Actor actor, LocationId id, int expectedVersion, UnaryOperator<LocationDetails> change);
}
