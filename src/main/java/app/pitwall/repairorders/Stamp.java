package app.pitwall.repairorders;

import app.pitwall.access.Actor;
import java.time.Instant;
import java.util.UUID;

/**
 * Who did something to a repair order, and when: a staff member, a customer through their approval link, or the
 * system. Written into the status history and carried by every event.
 *
 * @param actorId the staff user's id; null for a customer or the system
 * @param actorName the staff member's name, or the name the customer typed
 */
public record Stamp(Kind kind, UUID actorId, String actorName, Instant at) {

    /** Who acted. */
    public enum Kind {
        STAFF,
        CUSTOMER,
        SYSTEM
    }

    public static Stamp of(Actor actor, Instant at) {
        return new Stamp(Kind.STAFF, actor.userId(), actor.name(), at);
    }

    public static Stamp customer(String typedName, Instant at) {
        return new Stamp(Kind.CUSTOMER, null, typedName, at);
    }
}
