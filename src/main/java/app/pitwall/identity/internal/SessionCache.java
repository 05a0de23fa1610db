package app.pitwall.identity.internal;

import app.pitwall.access.Actor;
import app.pitwall.identity.SessionProperties;
import app.pitwall.platform.TenantId;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * What this instance last learned about a live session or API token, trusted for at most {@code
 * pitwall.sessions.revocation-check} (2 s by default). Whatever changes who a user is (a role, locations, a
 * revocation) evicts that user's entries at once, here and, through {@link SessionInvalidations}, on every other
 * instance; the re-check bounds the rest.
 *
 * <p>An answer loaded from the database while an eviction happened may predate it, so it is not kept: callers read
 * {@link #generation()} before loading and hand it to {@link #put}.
 */
@Component
class SessionCache {

    private static final int MAX_ENTRIES = 50_000;

    private final ConcurrentMap<UUID, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong evictions = new AtomicLong();
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

    /** A count of evictions so far; an answer loaded since a newer count began is not cached. */
    long generation() {
        return evictions.get();
    }

    /** Keeps what was loaded while {@link #generation()} was {@code loadedAt}, unless something was evicted since. */
    void put(UUID family, Actor actor, long loadedAt) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        if (evictions.get() == loadedAt) {
            entries.put(family, new Entry(actor, clock.instant()));
        }
    }

    void evict(UUID family) {
        evictions.incrementAndGet();
        entries.remove(family);
    }

    /** Forgets every session and API token of one user. */
    void evictUser(TenantId tenant, UUID user) {
        evictions.incrementAndGet();
        entries.values()
                .removeIf(entry -> entry.actor().userId().equals(user)
                        && entry.actor().tenantId().equals(tenant));
    }

    void evictAll() {
        evictions.incrementAndGet();
        entries.clear();
    }
}
