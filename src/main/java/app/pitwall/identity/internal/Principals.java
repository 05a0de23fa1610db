package app.pitwall.identity.internal;

import app.pitwall.access.Actor;
import app.pitwall.access.Role;
import app.pitwall.platform.TenantScope;
import java.sql.Array;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns a verified access credential into the acting user, but only while its session family is
 * live, its user enabled and the family within its lifetime; the answer is cached briefly. The
 * actor carries when the session last proved who its user is, and whether the tenant requires an
 * MFA enrolment the user has not made yet.
 */
@Component
class Principals {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final SessionCache cache;
    private final Clock clock;

    Principals(JdbcClient jdbc, TransactionTemplate transactions, SessionCache cache, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.cache = cache;
        this.clock = clock;
    }

    Optional<Actor> actorFor(AccessCredentials.Claims claims) {
        Optional<Actor> cached = cache.get(claims.family());
        if (cached.isPresent()) {
            return cached.filter(actor ->
                    actor.userId().equals(claims.user()) && actor.tenantId().equals(claims.tenant()));
        }
        long generation = cache.generation();
        Optional<Actor> loaded = TenantScope.callAs(
                claims.tenant(),
                () -> transactions.execute(status -> jdbc.sql("""
                        SELECT u.id, u.name, u.role, u.all_locations, f.authenticated_at,
                               ARRAY(SELECT l.location_id FROM user_location l
                                     WHERE l.tenant_id = u.tenant_id AND l.user_id = u.id) AS locations,
                               (coalesce(s.mfa_required_for_all, false)
                                    OR u.role = ANY (coalesce(s.mfa_required_roles, '{}')))
                                   AND m.enabled_at IS NULL AS must_enrol_mfa
                        FROM session_family f
                        JOIN user_account u ON u.tenant_id = f.tenant_id AND u.id = f.user_id
                        LEFT JOIN tenant_security_settings s ON s.tenant_id = f.tenant_id
                        LEFT JOIN user_mfa m ON m.tenant_id = u.tenant_id AND m.user_id = u.id
                        WHERE f.tenant_id = ? AND f.id = ? AND f.user_id = ?
                          AND f.revoked_at IS NULL AND f.expires_at > ? AND u.disabled_at IS NULL""")
                        .params(
                                claims.tenant().value(),
                                claims.family(),
                                claims.user(),
                                java.sql.Timestamp.from(clock.instant()))
                        .query((row, n) -> {
                            Role role = Role.valueOf(row.getString("role"));
                            boolean all = row.getBoolean("all_locations");
                            Set<UUID> locations = all ? Set.of() : uuids(row.getArray("locations"));
                            java.sql.Timestamp authenticatedAt = row.getTimestamp("authenticated_at");
                            return new Actor(
                                    claims.tenant(),
                                    row.getObject("id", UUID.class),
                                    row.getString("name"),
                                    role,
                                    role.permissions(),
                                    all,
                                    locations,
                                    Actor.Kind.USER,
                                    claims.family(),
                                    authenticatedAt == null ? null : authenticatedAt.toInstant(),
                                    row.getBoolean("must_enrol_mfa"));
                        })
                        .optional()));
        loaded.ifPresent(actor -> cache.put(claims.family(), actor, generation));
        return loaded;
    }

    private static Set<UUID> uuids(Array array) throws java.sql.SQLException {
        Object[] values = (Object[]) array.getArray();
        return Arrays.stream(values).map(UUID.class::cast).collect(Collectors.toUnmodifiableSet());
    }
}
