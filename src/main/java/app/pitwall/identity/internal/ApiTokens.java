package app.pitwall.identity.internal;

import static app.pitwall.identity.internal.StaffRows.instant;
import static app.pitwall.identity.internal.StaffRows.ts;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.identity.ApiTokenEvents;
import app.pitwall.platform.InvalidInputException;
import app.pitwall.platform.NotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * API tokens for integrations: named, limited to chosen permissions (never more than the creator's
 * role holds, and never the ones that manage people or tokens) and locations, expiring within a
 * year, shown once and stored as SHA-256 hashes of 256 random bits. Revocation, like a change to
 * the creator's role, takes effect at once on every instance ({@link SessionInvalidations}).
 */
@Service
public class ApiTokens {

    static final String TOKEN_PREFIX = "pwt_";
    static final Duration DEFAULT_LIFETIME = Duration.ofDays(90);
    static final Duration MAX_LIFETIME = Duration.ofDays(366);

    /** Permissions that only people exercise: identity endpoints refuse tokens anyway. */
    static final Set<Permission> NOT_FOR_TOKENS = EnumSet.of(
            Permission.USERS_READ,
            Permission.USERS_MANAGE,
            Permission.ROLES_ASSIGN,
            Permission.API_TOKENS_MANAGE,
            Permission.SETTINGS_MANAGE,
            Permission.SESSIONS_READ);

    private final JdbcClient jdbc;
    private final LocationGrants grants;
    private final SessionInvalidations invalidations;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ApiTokens(
            JdbcClient jdbc,
            LocationGrants grants,
            SessionInvalidations invalidations,
            TransactionTemplate transactions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.grants = grants;
        this.invalidations = invalidations;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /** A token as listed: never its secret. */
    public record ApiToken(
            UUID id,
            String name,
            List<String> permissions,
            boolean allLocations,
            List<UUID> locationIds,
            UUID createdBy,
            Instant createdAt,
            Instant expiresAt,
            Instant lastUsedAt) {}

    /** A new token and its secret, which is shown this once. */
    public record Created(ApiToken token, String secret) {}

    public Created create(
            Actor actor, String name, List<String> permissionCodes, List<UUID> locationIds, Instant expiresAt) {
        Set<Permission> permissions = permissions(actor, permissionCodes);
        Set<UUID> locations = grants.check(actor, "locationIds", locationIds);
        Instant now = clock.instant();
        Instant expires = expiresAt == null ? now.plus(DEFAULT_LIFETIME) : expiresAt;
        if (!expires.isAfter(now)) {
            throw new InvalidInputException("expiresAt", "The expiry must be in the future.");
        }
        if (expires.isAfter(now.plus(MAX_LIFETIME))) {
            throw new InvalidInputException("expiresAt", "A token can live at most a year; choose an earlier expiry.");
        }
        TenantTokens.Issued secret = TenantTokens.issue(TOKEN_PREFIX, actor.tenantId());
        UUID id = UUID.randomUUID();
        List<String> codes = permissions.stream().map(Permission::code).sorted().toList();
        return transactions.execute(status -> {
            jdbc.sql("""
                            INSERT INTO api_token (tenant_id, id, name, token_hash, permissions, all_locations,
                                                   created_by, created_at, expires_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            actor.tenantId().value(),
                            id,
                            name.strip(),
                            secret.hash(),
                            codes.toArray(String[]::new),
                            locations.isEmpty(),
                            actor.userId(),
                            ts(now),
                            ts(expires))
                    .update();
            for (UUID location : locations) {
                jdbc.sql("INSERT INTO api_token_location (tenant_id, token_id, location_id) VALUES (?, ?, ?)")
                        .params(actor.tenantId().value(), id, location)
                        .update();
            }
            List<UUID> sortedLocations = List.copyOf(new TreeSet<>(locations));
            events.publishEvent(new ApiTokenEvents.ApiTokenCreated(
                    actor.tenantId(), id, actor.userId(), name.strip(), codes, sortedLocations, expires));
            return new Created(
                    new ApiToken(
                            id,
                            name.strip(),
                            codes,
                            locations.isEmpty(),
                            sortedLocations,
                            actor.userId(),
                            now,
                            expires,
                            null),
                    secret.value());
        });
    }

    /** The tenant's tokens that still work, newest first. */
    public List<ApiToken> live(Actor actor) {
        return transactions.execute(status -> jdbc.sql("""
                        SELECT t.*, ARRAY(SELECT l.location_id FROM api_token_location l
                                          WHERE l.tenant_id = t.tenant_id AND l.token_id = t.id) AS locations
                        FROM api_token t
                        WHERE t.tenant_id = ? AND t.revoked_at IS NULL AND t.expires_at > ?
                        ORDER BY t.created_at DESC""")
                .params(actor.tenantId().value(), ts(clock.instant()))
                .query(ApiTokens::token)
                .list());
    }

    public void revoke(Actor actor, UUID id) {
        transactions.executeWithoutResult(status -> {
            UUID creator = jdbc.sql("""
                            UPDATE api_token SET revoked_at = ?
                            WHERE tenant_id = ? AND id = ? AND revoked_at IS NULL AND expires_at > ?
                            RETURNING created_by""")
                    .params(ts(clock.instant()), actor.tenantId().value(), id, ts(clock.instant()))
                    .query(UUID.class)
                    .optional()
                    .orElseThrow(() -> new NotFoundException("API token"));
            invalidations.userChanged(actor.tenantId(), creator);
            events.publishEvent(
                    new ApiTokenEvents.ApiTokenRevoked(actor.tenantId(), id, actor.userId(), clock.instant()));
        });
    }

    private static Set<Permission> permissions(Actor actor, List<String> codes) {
        if (codes == null || codes.isEmpty()) {
            throw new InvalidInputException("permissions", "Name at least one permission the token needs.");
        }
        Set<Permission> permissions = EnumSet.noneOf(Permission.class);
        for (String code : codes) {
            Permission permission;
            try {
                permission = Permission.ofCode(code);
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new InvalidInputException("permissions", "Unknown permission: " + code + ".");
            }
            if (NOT_FOR_TOKENS.contains(permission)) {
                throw new InvalidInputException(
                        "permissions", permission.code() + " is for people only and cannot be given to a token.");
            }
            permissions.add(permission);
        }
        permissions.retainAll(actor.permissions());
        if (permissions.isEmpty()) {
            throw new InvalidInputException("permissions", "Your role holds none of these permissions.");
        }
        return permissions;
    }

    private static ApiToken token(ResultSet row, int n) throws SQLException {
        boolean all = row.getBoolean("all_locations");
        return new ApiToken(
                row.getObject("id", UUID.class),
                row.getString("name"),
                List.of((String[]) row.getArray("permissions").getArray()),
                all,
                all ? List.of() : List.copyOf(new TreeSet<>(StaffRows.uuids(row.getArray("locations")))),
                row.getObject("created_by", UUID.class),
                instant(row.getTimestamp("created_at")),
                instant(row.getTimestamp("expires_at")),
                instant(row.getTimestamp("last_used_at")));
    }
}
