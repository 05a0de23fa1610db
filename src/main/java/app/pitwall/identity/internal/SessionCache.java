package app.pitwall.identity.internal;

import app.pitwall.access.Actor;
import app.pitwall.identity.SessionProperties;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.stereotype.Component;

/**
 * What this instance last learned about a live session, trusted for at most {@code
 * pitwall.sessions.revocation-check} (2 s by default). A revocation on another instance is
 * therefore honoured here within that time; one on this instance evicts at once.
 */
@Component
class SessionCache {

    private static final int MAX_ENTRIES = 50_000;

    private final ConcurrentMap<UUID, Entry> entries = new ConcurrentHashMap<>();
    private final SessionProperties properties;
    private final Clock clock;

    SessionCache(SessionProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    private record Entry(Actor actor, Instant checkedAt) {}

    Optional<Actor> get(UUID family) {
        Entry entry = entries.get(family);
        if (entry == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (now.isBefore(entry.checkedAt()) || !now.isBefore(entry.checkedAt().plus(properties.revocationCheck()))) {
            entries.remove(family, entry);
            return Optional.empty();
        }
        return Optional.of(entry.actor());
    }

    void put(UUID family, Actor actor) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(family, new Entry(actor, clock.instant()));
    }

    void evict(UUID family) {
        entries.remove(family);
    }

    void evictAll() {
        entries.clear();
    }
}
