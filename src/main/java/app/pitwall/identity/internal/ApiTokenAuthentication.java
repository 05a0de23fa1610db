package app.pitwall.identity.internal;

import static app.pitwall.identity.internal.StaffRows.ts;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.access.Role;
import app.pitwall.platform.TenantScope;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns an {@code Authorization: Bearer} API token into an actor of kind {@code API_TOKEN}: the
 * token's permissions and locations, each also limited to what its creator holds today, and only
 * while the token is unrevoked, unexpired and its creator enabled. Answers are cached like
 * sessions and evicted like them when the token is revoked or its creator changes. The
 * actor's role is the lowest tier, so code that compares tiers never grants a token more than its
 * permissions say; who created it is the actor's user id.
 */
@Component
class ApiTokenAuthentication {

    private static final Duration USE_RECORDED_EVERY = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final SessionCache cache;
    private final Clock clock;

    ApiTokenAuthentication(JdbcClient jdbc, TransactionTemplate transactions, SessionCache cache, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.cache = cache;
        this.clock = clock;
    }

    /** The cache key of a token: derived from its hash, so revocation can evict it without the secret. */
    static UUID cacheKey(byte[] tokenHash) {
        return UUID.nameUUIDFromBytes(tokenHash);
    }

    Optional<Actor> actorFor(String bearer) {
        Optional<TenantTokens.Presented> parsed = TenantTokens.parse(ApiTokens.TOKEN_PREFIX, bearer);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        TenantTokens.Presented token = parsed.get();
        UUID key = cacheKey(token.hash());
        Optional<Actor> cached = cache.get(key);
        if (cached.isPresent()) {
            return cached.filter(actor -> actor.tenantId().equals(token.tenant()));
        }
        Instant now = clock.instant();
        long generation = cache.generation();
        Optional<Actor> loaded = TenantScope.callAs(
                token.tenant(),
                () -> transactions.execute(status -> jdbc.sql("""
                                SELECT t.id, t.name, t.permissions, t.all_locations, u.id AS user_id, u.role,
                                       u.all_locations AS user_all_locations,
                                       ARRAY(SELECT l.location_id FROM api_token_location l
                                             WHERE l.tenant_id = t.tenant_id AND l.token_id = t.id) AS locations,
                                       ARRAY(SELECT l.location_id FROM user_location l
                                             WHERE l.tenant_id = u.tenant_id AND l.user_id = u.id) AS user_locations
                                FROM api_token t
                                JOIN user_account u ON u.tenant_id = t.tenant_id AND u.id = t.created_by
                                WHERE t.tenant_id = ? AND t.token_hash = ? AND t.revoked_at IS NULL
                                  AND t.expires_at > ? AND u.disabled_at IS NULL""")
                        .params(token.tenant().value(), token.hash(), ts(now))
                        .query((row, n) -> actor(token, row))
                        .optional()
                        .map(actor -> recordUse(actor, now))));
        loaded.ifPresent(actor -> cache.put(key, actor, generation));
        return loaded;
    }

    private Actor recordUse(Actor actor, Instant now) {
        jdbc.sql("""
                        UPDATE api_token SET last_used_at = ?
                        WHERE tenant_id = ? AND id = ? AND (last_used_at IS NULL OR last_used_at < ?)""")
                .params(ts(now), actor.tenantId().value(), actor.sessionId(), ts(now.minus(USE_RECORDED_EVERY)))
                .update();
        return actor;
    }

    private static Actor actor(TenantTokens.Presented token, ResultSet row) throws SQLException {
        Role creatorRole = Role.valueOf(row.getString("role"));
        Set<Permission> permissions = EnumSet.noneOf(Permission.class);
        for (String code : (String[]) row.getArray("permissions").getArray()) {
            permissions.add(Permission.ofCode(code));
        }
        permissions.retainAll(creatorRole.permissions());
        permissions.removeAll(ApiTokens.NOT_FOR_TOKENS);
        boolean tokenAll = row.getBoolean("all_locations");
        boolean creatorAll = row.getBoolean("user_all_locations");
        Set<UUID> locations;
        if (tokenAll) {
            locations = creatorAll ? Set.of() : StaffRows.uuids(row.getArray("user_locations"));
        } else {
            locations = new HashSet<>(StaffRows.uuids(row.getArray("locations")));
            if (!creatorAll) {
                locations.retainAll(StaffRows.uuids(row.getArray("user_locations")));
            }
        }
        return new Actor(
                token.tenant(),
                row.getObject("user_id", UUID.class),
                "API token " + row.getString("name"),
                Role.VIEWER,
                Set.copyOf(permissions),
                tokenAll && creatorAll,
                Set.copyOf(locations),
                Actor.Kind.API_TOKEN,
                row.getObject("id", UUID.class));
    }
}
