package app.pitwall.identity.internal;

import app.pitwall.identity.AccountSecurityEvents;
import app.pitwall.identity.SecurityEvents;
import app.pitwall.platform.TenantId;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Per-account brute-force protection after the {@link LockoutPolicy}, counted in PostgreSQL so
 * every instance sees the same numbers. Failed proofs make further attempts wait and eventually
 * lock the account. A locked or waiting account is refused without its password being considered,
 * and callers answer it exactly like a wrong password. Every method runs inside the account's
 * tenant transaction.
 *
 * <p>Nobody may keep an owner locked out by guessing: for an account with two-step verification
 * only wrong codes count, and only a lock from wrong codes holds (whoever guesses passwords never
 * reaches the code step; per-address limits throttle password guessing); a sign-in completed with
 * a code lifts a lock from wrong passwords, and so does a password reset for every account. The
 * user learns of a lock at their next sign-in, and every lock and unlock is in the audit trail.
 */
@Component
class SignInThrottle {

    /** What was wrong: a password or a code. */
    enum Proof {
        PASSWORD,
        CODE
    }

    /** Whether an account may try to prove who it is now. */
    enum Verdict {
        OPEN,
        WAIT,
        LOCKED
    }

    static final String UNLOCKED_BY_STAFF = "by staff";
    static final String UNLOCKED_BY_RESET = "password reset";
    static final String UNLOCKED_BY_SIGN_IN = "sign-in with two-step verification";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SignInThrottle(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    Verdict verdict(TenantId tenant, UUID user) {
        Instant now = clock.instant();
        boolean codes = usesCodes(tenant, user);
        Optional<Lockout> lockout = lockout(tenant, user, false);
        if (lockout.map(l -> l.inForce(now) && (!codes || l.lockedByCodes())).orElse(false)) {
            return Verdict.LOCKED;
        }
        Failures failures = failuresSince(tenant, user, countingFrom(lockout, now), codes);
        if (failures.count() > 0 && now.isBefore(failures.last().plus(LockoutPolicy.waitAfter(failures.count())))) {
            return Verdict.WAIT;
        }
        return Verdict.OPEN;
    }

    /** Records that an attempt was refused without checking it, because of a lock or a wait. */
    void refused(TenantId tenant, UUID user, Verdict verdict, String sourceAddress) {
        events.publishEvent(new SecurityEvents.SignInFailed(
                tenant,
                user,
                sourceAddress,
                verdict == Verdict.LOCKED ? "account locked" : "too soon after failed attempts",
                clock.instant()));
    }

    /**
     * Counts a failed proof and locks the account when it is the tenth within the window; for an
     * account with two-step verification only wrong codes count.
     */
    void failed(TenantId tenant, UUID user, Proof proof, String reason, String sourceAddress) {
        Instant now = clock.instant();
        jdbc.sql("""
                        INSERT INTO sign_in_failure (tenant_id, id, user_id, failed_at, reason, source_address, wrong_code)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(tenant.value(), UUID.randomUUID(), user, ts(now), reason, sourceAddress, proof == Proof.CODE)
                .update();
        jdbc.sql("DELETE FROM sign_in_failure WHERE tenant_id = ? AND user_id = ? AND failed_at < ?")
                .params(tenant.value(), user, ts(now.minus(Duration.ofDays(1))))
                .update();
        events.publishEvent(new SecurityEvents.SignInFailed(tenant, user, sourceAddress, reason, now));
        boolean codes = usesCodes(tenant, user);
        if (codes && proof == Proof.PASSWORD) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO account_lockout (tenant_id, user_id, counting_since) VALUES (?, ?, ?)
                        ON CONFLICT (tenant_id, user_id) DO NOTHING""").params(tenant.value(), user, ts(Instant.EPOCH)).update();
        Lockout lockout = lockout(tenant, user, true).orElseThrow();
        int failures = failuresSince(tenant, user, countingFrom(Optional.of(lockout), now), codes)
                .count();
        if (failures >= LockoutPolicy.LOCK_AFTER) {
            lock(tenant, user, lockout, failures, now, codes);
        }
    }

    /**
     * A complete, successful sign-in: failures so far stop counting, and a lock from wrong
     * passwords that a sign-in with a code got past is lifted. Returns when the account was last
     * locked if the user has not been told yet, and marks them told.
     */
    Optional<Instant> succeeded(TenantId tenant, UUID user) {
        Instant now = clock.instant();
        Optional<Lockout> lockout = lockout(tenant, user, true);
        if (lockout.isEmpty()) {
            return Optional.empty();
        }
        boolean lifted = lockout.get().inForce(now);
        jdbc.sql("""
                        UPDATE account_lockout SET counting_since = ?, notice_pending = false,
                            locked_until = CASE WHEN ? THEN NULL ELSE locked_until END,
                            lock_count = CASE WHEN ? THEN 0 ELSE lock_count END
                        WHERE tenant_id = ? AND user_id = ?""").params(ts(now), lifted, lifted, tenant.value(), user).update();
        if (lifted) {
            events.publishEvent(
                    new AccountSecurityEvents.AccountUnlocked(tenant, user, user, now, UNLOCKED_BY_SIGN_IN));
        }
        return lockout.filter(l -> l.noticePending() || lifted).map(Lockout::lockedAt);
    }

    /**
     * A password was reset through its link: the lock, if any, is lifted (the next lock starts
     * short again) and failures so far stop counting; the user is still told of the lock at their
     * next sign-in.
     */
    void passwordReset(TenantId tenant, UUID user) {
        Instant now = clock.instant();
        Optional<Lockout> lockout = lockout(tenant, user, true);
        if (lockout.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        UPDATE account_lockout SET counting_since = ?, locked_until = NULL, lock_count = 0
                        WHERE tenant_id = ? AND user_id = ?""").params(ts(now), tenant.value(), user).update();
        if (lockout.get().inForce(now)) {
            events.publishEvent(new AccountSecurityEvents.AccountUnlocked(tenant, user, user, now, UNLOCKED_BY_RESET));
        }
    }

    /** When the account was last locked, if within the last {@code within}. */
    Optional<Instant> lastLocked(TenantId tenant, UUID user, Duration within) {
        Instant since = clock.instant().minus(within);
        return lockout(tenant, user, false).map(Lockout::lockedAt).filter(at -> at.isAfter(since));
    }

    /** Lifts a lock early; failures so far stop counting. Returns whether the account was locked. */
    boolean unlock(TenantId tenant, UUID user, UUID actor) {
        Instant now = clock.instant();
        Optional<Lockout> lockout = lockout(tenant, user, true);
        boolean locked = lockout.map(l -> l.inForce(now)).orElse(false);
        if (lockout.isPresent()) {
            jdbc.sql("""
                            UPDATE account_lockout SET locked_until = NULL, counting_since = ?
                            WHERE tenant_id = ? AND user_id = ?""").params(ts(now), tenant.value(), user).update();
        }
        if (locked) {
            events.publishEvent(new AccountSecurityEvents.AccountUnlocked(tenant, user, actor, now, UNLOCKED_BY_STAFF));
        }
        return locked;
    }

    /** The tenant's accounts that are locked now. */
    Set<UUID> lockedUsers(TenantId tenant) {
        return Set.copyOf(jdbc.sql("SELECT user_id FROM account_lockout WHERE tenant_id = ? AND locked_until > ?")
                .params(tenant.value(), ts(clock.instant()))
                .query(UUID.class)
                .list());
    }

    private void lock(TenantId tenant, UUID user, Lockout previous, int failures, Instant now, boolean byCodes) {
        boolean repeat =
                previous.lockedAt() != null && previous.lockedAt().isAfter(now.minus(LockoutPolicy.REPEAT_WITHIN));
        int count = repeat ? previous.lockCount() + 1 : 1;
        Instant until = now.plus(LockoutPolicy.lockDuration(count));
        jdbc.sql("""
                        UPDATE account_lockout
                        SET counting_since = ?, locked_at = ?, locked_until = ?, lock_count = ?, notice_pending = true,
                            locked_by_codes = ?
                        WHERE tenant_id = ? AND user_id = ?""")
                .params(ts(now), ts(now), ts(until), count, byCodes, tenant.value(), user)
                .update();
        events.publishEvent(new AccountSecurityEvents.AccountLocked(tenant, user, failures, until, now));
    }

    /** Whether the account has two-step verification on, so that a code stands between a password and a session. */
    private boolean usesCodes(TenantId tenant, UUID user) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM user_mfa
                                       WHERE tenant_id = ? AND user_id = ? AND enabled_at IS NOT NULL)""").params(tenant.value(), user).query(Boolean.class).single();
    }

    private static Instant countingFrom(Optional<Lockout> lockout, Instant now) {
        Instant windowStart = now.minus(LockoutPolicy.WINDOW);
        return lockout.map(Lockout::countingSince)
                .filter(since -> since.isAfter(windowStart))
                .orElse(windowStart);
    }

    private Failures failuresSince(TenantId tenant, UUID user, Instant since, boolean codesOnly) {
        return jdbc.sql("""
                        SELECT count(*) AS failures, max(failed_at) AS last FROM sign_in_failure
                        WHERE tenant_id = ? AND user_id = ? AND failed_at > ? AND (wrong_code OR NOT ?)""")
                .params(tenant.value(), user, ts(since), codesOnly)
                .query((rs, n) -> new Failures(rs.getInt("failures"), instant(rs.getTimestamp("last"))))
                .single();
    }

    private Optional<Lockout> lockout(TenantId tenant, UUID user, boolean forUpdate) {
        return jdbc.sql("""
                        SELECT counting_since, locked_at, locked_until, lock_count, notice_pending, locked_by_codes
                        FROM account_lockout WHERE tenant_id = ? AND user_id = ?""" + (forUpdate ? " FOR UPDATE" : ""))
                .params(tenant.value(), user)
                .query((rs, n) -> new Lockout(
                        instant(rs.getTimestamp("counting_since")),
                        instant(rs.getTimestamp("locked_at")),
                        instant(rs.getTimestamp("locked_until")),
                        rs.getInt("lock_count"),
                        rs.getBoolean("notice_pending"),
                        rs.getBoolean("locked_by_codes")))
                .optional();
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant.truncatedTo(ChronoUnit.MICROS));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private record Failures(int count, Instant last) {}

    private record Lockout(
            Instant countingSince,
            Instant lockedAt,
            Instant lockedUntil,
            int lockCount,
            boolean noticePending,
            boolean lockedByCodes) {

        boolean inForce(Instant now) {
            return lockedUntil != null && now.isBefore(lockedUntil);
        }
    }
}
