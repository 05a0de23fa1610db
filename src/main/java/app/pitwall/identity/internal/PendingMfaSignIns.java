package app.pitwall.identity.internal;

import app.pitwall.platform.TenantId;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sign-ins whose password was right and that wait for the second factor. The browser holds an
 * opaque token ({@code <tenant>.<256 random bits>}) in a cookie; the database keeps only its SHA-256
 * hash, bound to the user. A pending sign-in lives five minutes, allows five wrong codes and
 * completes once. Every method but {@link #tenantOf} runs inside the tenant's transaction.
 */
@Component
class PendingMfaSignIns {

    static final Duration LIFETIME = Duration.ofMinutes(5);
    static final int MAX_ATTEMPTS = 5;

    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    PendingMfaSignIns(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A live pending sign-in, locked for this transaction. */
    record Pending(TenantId tenant, UUID id, UUID user, int failedAttempts) {}

    /** Starts a pending sign-in and returns the token for the cookie. */
    String start(TenantId tenant, UUID user, String sourceAddress) {
        Instant now = clock.instant();
        jdbc.sql("DELETE FROM pending_mfa_sign_in WHERE tenant_id = ? AND user_id = ? AND expires_at < ?")
                .params(tenant.value(), user, Timestamp.from(now.minus(Duration.ofDays(1))))
                .update();
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = ENCODE.encodeToString(bytes);
        jdbc.sql("""
                        INSERT INTO pending_mfa_sign_in (tenant_id, id, user_id, token_hash, created_at, expires_at,
                                                         source_address)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        tenant.value(),
                        UUID.randomUUID(),
                        user,
                        TokenHashes.sha256(secret),
                        Timestamp.from(now),
                        Timestamp.from(now.plus(LIFETIME)),
                        sourceAddress)
                .update();
        return tenant + "." + secret;
    }

    /** The tenant a token names, if it is well-formed; nothing is looked up. */
    static Optional<TenantId> tenantOf(String token) {
        if (token == null || token.length() > 200 || token.indexOf('.') != 36) {
            return Optional.empty();
        }
        try {
            if (DECODE.decode(token.substring(37)).length != 32) {
                return Optional.empty();
            }
            return Optional.of(TenantId.of(token.substring(0, 36)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The pending sign-in of this token if it is unfinished, unexpired and has attempts left. */
    Optional<Pending> lock(TenantId tenant, String token) {
        return jdbc.sql("""
                        SELECT id, user_id, failed_attempts FROM pending_mfa_sign_in
                        WHERE tenant_id = ? AND token_hash = ? AND finished_at IS NULL
                          AND expires_at > ? AND failed_attempts < ?
                        FOR UPDATE""")
                .params(
                        tenant.value(),
                        TokenHashes.sha256(token.substring(37)),
                        Timestamp.from(clock.instant()),
                        MAX_ATTEMPTS)
                .query((rs, n) -> new Pending(
                        tenant,
                        rs.getObject("id", UUID.class),
                        rs.getObject("user_id", UUID.class),
                        rs.getInt("failed_attempts")))
                .optional();
    }

    /** Counts a wrong code; returns true when that was the last attempt allowed. */
    boolean failedAttempt(Pending pending) {
        jdbc.sql("""
                        UPDATE pending_mfa_sign_in SET failed_attempts = failed_attempts + 1
                        WHERE tenant_id = ? AND id = ?""").params(pending.tenant().value(), pending.id()).update();
        return pending.failedAttempts() + 1 >= MAX_ATTEMPTS;
    }

    /** The pending sign-in completed; its token never works again. */
    void finish(Pending pending) {
        jdbc.sql("UPDATE pending_mfa_sign_in SET finished_at = ? WHERE tenant_id = ? AND id = ?")
                .params(Timestamp.from(clock.instant()), pending.tenant().value(), pending.id())
                .update();
    }
}
