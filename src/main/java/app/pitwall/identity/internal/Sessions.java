package app.pitwall.identity.internal;

import app.pitwall.identity.SecurityEvents;
import app.pitwall.identity.SessionProperties;
import app.pitwall.platform.TenantId;
import app.pitwall.platform.TenantScope;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Session families and their refresh tokens. A refresh token is spent by its first use and
 * replaced; presenting a spent one again (after a few seconds' grace for two tabs) revokes the
 * whole family. An ended family stops authenticating at once on every instance
 * ({@link SessionInvalidations}). Tokens are stored only as SHA-256 hashes. Idle timeout and absolute lifetime are
 * the tenant's settings, never beyond the installation's maxima.
 */
@Component
class Sessions {

    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final AccessCredentials credentials;
    private final SessionProperties properties;
    private final ApplicationEventPublisher events;
    private final SessionCache cache;
    private final SessionInvalidations invalidations;
    private final TenantSecuritySettings settings;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Sessions(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            AccessCredentials credentials,
            SessionProperties properties,
            ApplicationEventPublisher events,
            SessionCache cache,
            SessionInvalidations invalidations,
            TenantSecuritySettings settings,
            Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.credentials = credentials;
        this.properties = properties;
        this.events = events;
        this.cache = cache;
        this.invalidations = invalidations;
        this.settings = settings;
        this.clock = clock;
    }

    /** The two secrets a sign-in or a refresh hands to the browser. */
    record Issued(UUID familyId, String accessCredential, String refreshToken, Instant accessExpires) {}

    /** Why a refresh was refused; all of them answer the same 401 to the caller. */
    enum Refusal {
        UNKNOWN,
        ENDED,
        REUSED
    }

    /** The outcome of presenting a refresh token. */
    record Refreshed(Issued issued, Refusal refusal) {}

    /**
     * Starts a session family for a user who has just proven who they are (which is also its first
     * {@code authenticated_at}).
     */
    Issued start(TenantId tenant, UUID user, String sourceAddress, String userAgent) {
        Instant now = clock.instant();
        UUID family = UUID.randomUUID();
        String secret = randomSecret();
        return TenantScope.callAs(
                tenant,
                () -> transactions.execute(status -> {
                    Duration lifetime = settings.absoluteLifetime(settings.of(tenant));
                    jdbc.sql("""
                            INSERT INTO session_family (tenant_id, id, user_id, created_at, expires_at, last_active_at,
                                                        source_address, user_agent, authenticated_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                            .params(
                                    tenant.value(),
                                    family,
                                    user,
                                    ts(now),
                                    ts(now.plus(lifetime)),
                                    ts(now),
                                    sourceAddress,
                                    truncate(userAgent, 300),
                                    ts(now))
                            .update();
                    insertToken(tenant, family, secret, now);
                    events.publishEvent(new SecurityEvents.SignedIn(tenant, user, family, sourceAddress, now));
                    return issue(tenant, user, family, secret);
                }));
    }

    /** Spends a refresh token and issues its successor, or refuses. */
    Refreshed refresh(String refreshToken, String sourceAddress) {
        Optional<PresentedRefreshToken> parsed = PresentedRefreshToken.parse(refreshToken);
        if (parsed.isEmpty()) {
            return new Refreshed(null, Refusal.UNKNOWN);
        }
        TenantId tenant = parsed.get().tenant();
        String secret = parsed.get().secret();
        return TenantScope.callAs(
                tenant,
                () -> transactions.execute(status -> {
                    Instant now = clock.instant();
                    Optional<TokenRow> found = jdbc.sql("""
                            SELECT t.id, t.family_id, t.spent_at, f.user_id, f.revoked_at, f.expires_at,
                                   f.last_active_at
                            FROM refresh_token t
                            JOIN session_family f ON f.tenant_id = t.tenant_id AND f.id = t.family_id
                            WHERE t.tenant_id = ? AND t.token_hash = ?
                            FOR UPDATE OF t, f""")
                            .params(tenant.value(), TokenHashes.sha256(secret))
                            .query((row, n) -> new TokenRow(
                                    row.getObject("id", UUID.class),
                                    row.getObject("family_id", UUID.class),
                                    instant(row.getTimestamp("spent_at")),
                                    row.getObject("user_id", UUID.class),
                                    instant(row.getTimestamp("revoked_at")),
                                    instant(row.getTimestamp("expires_at")),
                                    instant(row.getTimestamp("last_active_at"))))
                            .optional();
                    if (found.isEmpty()) {
                        return new Refreshed(null, Refusal.UNKNOWN);
                    }
                    TokenRow token = found.get();
                    if (token.revokedAt() != null) {
                        return new Refreshed(null, Refusal.ENDED);
                    }
                    if (!now.isBefore(token.expiresAt())) {
                        end(tenant, token.userId(), token.familyId(), "absolute lifetime reached", now);
                        return new Refreshed(null, Refusal.ENDED);
                    }
                    Duration idle = settings.idleTimeout(settings.of(tenant));
                    if (!now.isBefore(token.lastActiveAt().plus(idle))) {
                        end(tenant, token.userId(), token.familyId(), "idle timeout", now);
                        return new Refreshed(null, Refusal.ENDED);
                    }
                    if (token.spentAt() != null) {
                        if (now.isBefore(token.spentAt().plus(properties.refreshGrace()))) {
                            return new Refreshed(
                                    issue(tenant, token.userId(), token.familyId(), successorOf(secret)), null);
                        }
                        end(tenant, token.userId(), token.familyId(), "refresh token reused", now);
                        events.publishEvent(new SecurityEvents.RefreshTokenReused(
                                tenant, token.userId(), token.familyId(), sourceAddress, now));
                        return new Refreshed(null, Refusal.REUSED);
                    }
                    String successor = successorOf(secret);
                    UUID successorId = insertToken(tenant, token.familyId(), successor, now);
                    jdbc.sql("UPDATE refresh_token SET spent_at = ?, successor_id = ? WHERE tenant_id = ? AND id = ?")
                            .params(ts(now), successorId, tenant.value(), token.id())
                            .update();
                    jdbc.sql("UPDATE session_family SET last_active_at = ? WHERE tenant_id = ? AND id = ?")
                            .params(ts(now), tenant.value(), token.familyId())
                            .update();
                    return new Refreshed(issue(tenant, token.userId(), token.familyId(), successor), null);
                }));
    }

    /**
     * Records that the user of this live family proved who they are again just now; the caller is
     * inside its tenant. Returns false if the family has ended.
     */
    boolean reauthenticated(TenantId tenant, UUID family, Instant now) {
        int updated = jdbc.sql("""
                        UPDATE session_family SET authenticated_at = ?
                        WHERE tenant_id = ? AND id = ? AND revoked_at IS NULL""").params(ts(now), tenant.value(), family).update();
        cache.evict(family);
        return updated > 0;
    }

    /** Ends one family; the caller is inside its tenant. Returns false if it had already ended. */
    boolean end(TenantId tenant, UUID user, UUID family, String reason, Instant now) {
        int ended =
                jdbc.sql("""
                        UPDATE session_family SET revoked_at = ?, revoked_reason = ?
                        WHERE tenant_id = ? AND id = ? AND revoked_at IS NULL""").params(ts(now), reason, tenant.value(), family).update();
        cache.evict(family);
        if (ended > 0) {
            invalidations.userChanged(tenant, user);
            events.publishEvent(new SecurityEvents.SessionEnded(tenant, user, family, reason, now));
        }
        return ended > 0;
    }

    /** Ends every live family of a user, except {@code keep} if given. */
    int endAll(TenantId tenant, UUID user, UUID keep, String reason) {
        Instant now = clock.instant();
        var families = jdbc.sql("""
                        SELECT id FROM session_family
                        WHERE tenant_id = ? AND user_id = ? AND revoked_at IS NULL AND id IS DISTINCT FROM ?""")
                .params(tenant.value(), user, keep)
                .query(UUID.class)
                .list();
        families.forEach(family -> end(tenant, user, family, reason, now));
        return families.size();
    }

    /** Ends every live family of a user, except {@code keep} if given, and names the ones it ended. */
    java.util.List<UUID> endAllListed(TenantId tenant, UUID user, UUID keep, String reason) {
        Instant now = clock.instant();
        var families = jdbc.sql("""
                        SELECT id FROM session_family
                        WHERE tenant_id = ? AND user_id = ? AND revoked_at IS NULL AND id IS DISTINCT FROM ?
                        FOR UPDATE""")
                .params(tenant.value(), user, keep)
                .query(UUID.class)
                .list();
        return families.stream()
                .filter(family -> end(tenant, user, family, reason, now))
                .toList();
    }

    private UUID insertToken(TenantId tenant, UUID family, String secret, Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO refresh_token (tenant_id, id, family_id, token_hash, issued_at)
                        VALUES (?, ?, ?, ?, ?)""")
                .params(tenant.value(), id, family, TokenHashes.sha256(secret), ts(now))
                .update();
        return id;
    }

    private Issued issue(TenantId tenant, UUID user, UUID family, String secret) {
        String access = credentials.issue(tenant, user, family);
        return new Issued(family, access, tenant + "." + secret, clock.instant().plus(properties.accessLifetime()));
    }

    /**
     * The successor of a refresh token is derived from it with the server's key, so two tabs that
     * spend the same token within the grace both receive the same successor, and nobody without
     * the spent token can compute it.
     */
    private String successorOf(String secret) {
        return ENCODE.encodeToString(credentials.mac("refresh-successor." + secret));
    }

    private String randomSecret() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return ENCODE.encodeToString(bytes);
    }

    private static java.sql.Timestamp ts(Instant instant) {
        return java.sql.Timestamp.from(instant);
    }

    private static Instant instant(java.sql.Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    private record TokenRow(
            UUID id,
            UUID familyId,
            Instant spentAt,
            UUID userId,
            Instant revokedAt,
            Instant expiresAt,
            Instant lastActiveAt) {}
}
