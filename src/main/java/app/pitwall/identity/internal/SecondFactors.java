package app.pitwall.identity.internal;

import app.pitwall.identity.AccountSecurityEvents;
import app.pitwall.platform.ConflictException;
import app.pitwall.platform.TenantId;
import app.pitwall.platform.web.ProblemType;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A user's TOTP secret, encrypted, in PostgreSQL, and the checking of codes. Checking locks the
 * user's row, so a code is accepted once only even when two requests race: the newest accepted step
 * is kept and a code of that step or an older one is refused. Every method runs inside the
 * caller's tenant transaction.
 */
@Component
class SecondFactors {

    /** The outcome of checking a code. */
    enum Check {
        TOTP_ACCEPTED,
        RECOVERY_CODE_ACCEPTED,
        REFUSED;

        boolean accepted() {
            return this != REFUSED;
        }
    }

    /** What a user's second factor looks like from outside. */
    record Status(boolean enabled, boolean enrolmentPending, int recoveryCodesLeft) {}

    private final JdbcClient jdbc;
    private final MfaSecretCipher cipher;
    private final RecoveryCodes recoveryCodes;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SecondFactors(
            JdbcClient jdbc,
            MfaSecretCipher cipher,
            RecoveryCodes recoveryCodes,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.recoveryCodes = recoveryCodes;
        this.events = events;
        this.clock = clock;
    }

    boolean enabled(TenantId tenant, UUID user) {
        return status(tenant, user).enabled();
    }

    Status status(TenantId tenant, UUID user) {
        Optional<Boolean> enabled = jdbc.sql(
                        "SELECT enabled_at IS NOT NULL FROM user_mfa WHERE tenant_id = ? AND user_id = ?")
                .params(tenant.value(), user)
                .query(Boolean.class)
                .optional();
        return new Status(
                enabled.orElse(false), enabled.map(on -> !on).orElse(false), recoveryCodes.left(tenant, user));
    }

    /** Replaces any unconfirmed enrolment with a fresh secret, which it returns; MFA must be off. */
    byte[] startEnrolment(TenantId tenant, UUID user) {
        byte[] secret = new byte[Totp.SECRET_BYTES];
        random.nextBytes(secret);
        Instant now = clock.instant();
        int stored = jdbc.sql("""
                        INSERT INTO user_mfa (tenant_id, user_id, secret_ciphertext, enrolment_started_at)
                        VALUES (?, ?, ?, ?)
                        ON CONFLICT (tenant_id, user_id) DO UPDATE
                            SET secret_ciphertext = excluded.secret_ciphertext,
                                enrolment_started_at = excluded.enrolment_started_at,
                                last_used_step = NULL
                            WHERE user_mfa.enabled_at IS NULL""")
                .params(tenant.value(), user, cipher.seal(secret, tenant, user), Timestamp.from(now))
                .update();
        if (stored == 0) {
            throw new ConflictException(ProblemType.MFA_ALREADY_ENABLED, "Two-step verification is already on.");
        }
        events.publishEvent(new AccountSecurityEvents.MfaEnrolmentStarted(tenant, user, now));
        return secret;
    }

    /** The secret of an enrolment that is started but not confirmed yet, to show it again. */
    Optional<byte[]> pendingSecret(TenantId tenant, UUID user) {
        return lockSecret(tenant, user).filter(row -> !row.enabled()).map(row -> open(row, tenant, user));
    }

    /**
     * Turns MFA on if the code fits the pending enrolment, and returns the new recovery codes
     * (shown once); empty if there is no pending enrolment or the code does not fit.
     */
    Optional<List<String>> confirm(TenantId tenant, UUID user, String code) {
        Optional<SecretRow> row = lockSecret(tenant, user).filter(r -> !r.enabled());
        if (row.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        OptionalLong step = Totp.standard().matchingStep(open(row.get(), tenant, user), strip(code), now);
        if (step.isEmpty()) {
            return Optional.empty();
        }
        jdbc.sql("UPDATE user_mfa SET enabled_at = ?, last_used_step = ? WHERE tenant_id = ? AND user_id = ?")
                .params(Timestamp.from(now), step.getAsLong(), tenant.value(), user)
                .update();
        List<String> codes = recoveryCodes.replace(tenant, user);
        events.publishEvent(new AccountSecurityEvents.MfaEnabled(tenant, user, now));
        return Optional.of(codes);
    }

    /**
     * Checks a code from the authenticator app (six digits) or a recovery code. An accepted code is
     * spent: its step, or the recovery code itself, will not be accepted again.
     */
    Check verify(TenantId tenant, UUID user, String code) {
        Optional<SecretRow> row = lockSecret(tenant, user).filter(SecretRow::enabled);
        String typed = strip(code);
        if (row.isEmpty() || typed.isEmpty()) {
            return Check.REFUSED;
        }
        if (typed.length() == 6 && typed.chars().allMatch(c -> c >= '0' && c <= '9')) {
            OptionalLong step = Totp.standard().matchingStep(open(row.get(), tenant, user), typed, clock.instant());
            Long last = row.get().lastUsedStep();
            if (step.isEmpty() || (last != null && step.getAsLong() <= last)) {
                return Check.REFUSED;
            }
            jdbc.sql("UPDATE user_mfa SET last_used_step = ? WHERE tenant_id = ? AND user_id = ?")
                    .params(step.getAsLong(), tenant.value(), user)
                    .update();
            return Check.TOTP_ACCEPTED;
        }
        return recoveryCodes.spend(tenant, user, typed) ? Check.RECOVERY_CODE_ACCEPTED : Check.REFUSED;
    }

    /** Turns MFA off: the secret and the recovery codes are deleted. */
    boolean disable(TenantId tenant, UUID user) {
        recoveryCodes.deleteAll(tenant, user);
        int removed = jdbc.sql("DELETE FROM user_mfa WHERE tenant_id = ? AND user_id = ?")
                .params(tenant.value(), user)
                .update();
        if (removed > 0) {
            events.publishEvent(new AccountSecurityEvents.MfaDisabled(tenant, user, clock.instant()));
        }
        return removed > 0;
    }

    private byte[] open(SecretRow row, TenantId tenant, UUID user) {
        return cipher.open(row.ciphertext(), tenant, user);
    }

    private static String strip(String code) {
        return code == null ? "" : code.replaceAll("\\s", "");
    }

    private Optional<SecretRow> lockSecret(TenantId tenant, UUID user) {
        return jdbc.sql("""
                        SELECT secret_ciphertext, enabled_at IS NOT NULL AS enabled, last_used_step
                        FROM user_mfa WHERE tenant_id = ? AND user_id = ? FOR UPDATE""")
                .params(tenant.value(), user)
                .query((rs, n) -> new SecretRow(rs.getBytes("secret_ciphertext"), rs.getBoolean("enabled"), (Long)
                        rs.getObject("last_used_step")))
                .optional();
    }

    private record SecretRow(byte[] ciphertext, boolean enabled, Long lastUsedStep) {}
}
