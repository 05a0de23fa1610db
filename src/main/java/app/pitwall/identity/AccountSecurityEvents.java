package app.pitwall.identity;

import app.pitwall.platform.Auditable;
import app.pitwall.platform.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Events of account protection that identity publishes (lockout, second factors, re-authentication,
 * the tenant's security settings); the audit trail records them beside {@link SecurityEvents}.
 */
public final class AccountSecurityEvents {

    private AccountSecurityEvents() {}

    /** Too many failed sign-ins: the account refuses every sign-in until {@code lockedUntil}. */
    public record AccountLocked(TenantId tenantId, UUID userId, int failures, Instant lockedUntil, Instant at)
            implements Auditable {

        @Override
        public String action() {
            return "user.locked";
        }

        @Override
        public Subject subject() {
            return Subject.of("user", userId);
        }

        @Override
        public Map<String, ?> after() {
            return Map.of("failures", failures, "lockedUntil", lockedUntil.toString());
        }
    }

    /**
     * A lock was lifted before it ran out: by someone with users:manage, by the user's password
     * reset, or by their sign-in with two-step verification ({@code how}).
     */
    public record AccountUnlocked(TenantId tenantId, UUID userId, UUID actorId, Instant at, String how)
            implements Auditable {

        @Override
        public String action() {
            return "user.unlocked";
        }

        @Override
        public Subject subject() {
            return Subject.of("user", userId);
        }

        @Override
        public Map<String, ?> after() {
            return Map.of("how", how);
        }
    }

    /** A user began setting up an authenticator app; MFA is not on until confirmed. */
    public record MfaEnrolmentStarted(TenantId tenantId, UUID userId, Instant at) implements Auditable {

        @Override
        public String action() {
            return "user.mfa-enrolment-started";
        }

        @Override
        public Subject subject() {
            return Subject.of("user", userId);
        }

        @Override
        public UUID actorId() {
            return userId;
        }
    }

    /** A user confirmed an authenticator app: sign-in now needs a code. */
    public record MfaEnabled(TenantId tenantId, UUID userId, Instant at) implements Auditable {

        @Override
        public String action() {
            return "user.mfa-enabled";
        }

        @Override
        public Subject subject() {
            return Subject.of("user", userId);
        }

        @Override
        public UUID actorId() {
            return userId;
        }
    }

    /** A user turned MFA off; its secret and recovery codes are gone. */
    public record MfaDisabled(TenantId tenantId, UUID userId, Instant at) implements Auditable {

        @Override
        public String action() {
            return "user.mfa-disabled";
        }

        @Override
        public Subject subject() {
            return Subject.of("user", userId);
        }

        @Override
        public UUID actorId() {
            return userId;
        }
    }

    /** A recovery code stood in for an authenticator code and is spent. */
    public record RecoveryCodeUsed(TenantId tenantId, UUID userId, int remaining, Instant at) implements Auditable {

        @Override
        public String action() {
            return "user.recovery-code-used";
        }

        @Override
        public Subject subject() {
            return Subject.of("user", userId);
        }

        @Override
        public UUID actorId() {
            return userId;
        }

        @Override
        public Map<String, ?> after() {
            return Map.of("remaining", remaining);
        }
    }

    /** A signed-in user proved who they are again, which allows sensitive changes for a few minutes. */
    public record Reauthenticated(TenantId tenantId, UUID userId, UUID familyId, Instant at) implements Auditable {

        @Override
        public String action() {
            return "user.reauthenticated";
        }

        @Override
        public Subject subject() {
            return Subject.of("user", userId);
        }

        @Override
        public UUID actorId() {
            return userId;
        }

        @Override
        public Map<String, ?> after() {
            return Map.of("session", familyId);
        }
    }

    /** A tenant's security settings, as events tell them: roles by code, sorted. */
    public record SecuritySettingsState(
            boolean mfaRequiredForAll,
            List<String> mfaRequiredRoles,
            int idleTimeoutMinutes,
            int absoluteLifetimeDays) {

        public SecuritySettingsState {
            mfaRequiredRoles = mfaRequiredRoles.stream().sorted().toList();
        }
    }

    /** The tenant's MFA requirement or session timeouts changed: the settings before and after. */
    public record SecuritySettingsChanged(
            TenantId tenantId,
            UUID actorId,
            SecuritySettingsState before,
            SecuritySettingsState after,
            Instant at)
            implements Auditable {

        @Override
        public String action() {
            return "tenant.security-settings-changed";
        }

        @Override
        public Subject subject() {
            return Subject.of("tenant", tenantId.value());
        }
    }
}
