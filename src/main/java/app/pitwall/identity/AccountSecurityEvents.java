package app.pitwall.identity;

import app.pitwall.platform.AboutTenant;
import app.pitwall.platform.AuditAction;
import app.pitwall.platform.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Events of account protection that identity publishes (lockout, second factors, re-authentication,
 * the tenant's security settings); the audit trail records them beside {@link SecurityEvents}.
 */
public final class AccountSecurityEvents {

    private AccountSecurityEvents() {}

    /** Too many failed sign-ins: the account refuses every sign-in until {@code lockedUntil}. */
    @AuditAction("user.locked")
    public record AccountLocked(TenantId tenantId, UUID userId, int failures, Instant lockedUntil, Instant at)
            implements AboutUser {}

    /**
     * A lock was lifted before it ran out: by someone with users:manage, by the user's password
     * reset, or by their sign-in with two-step verification ({@code how}).
     */
    @AuditAction("user.unlocked")
    public record AccountUnlocked(TenantId tenantId, UUID userId, UUID actorId, Instant at, String how)
            implements AboutUser {}

    /** A user began setting up an authenticator app; MFA is not on until confirmed. */
    @AuditAction("user.mfa-enrolment-started")
    public record MfaEnrolmentStarted(TenantId tenantId, UUID userId, Instant at) implements ActedByTheUser {}

    /** A user confirmed an authenticator app: sign-in now needs a code. */
    @AuditAction("user.mfa-enabled")
    public record MfaEnabled(TenantId tenantId, UUID userId, Instant at) implements ActedByTheUser {}

    /** A user turned MFA off; its secret and recovery codes are gone. */
    @AuditAction("user.mfa-disabled")
    public record MfaDisabled(TenantId tenantId, UUID userId, Instant at) implements ActedByTheUser {}

    /** A recovery code stood in for an authenticator code and is spent. */
    @AuditAction("user.recovery-code-used")
    public record RecoveryCodeUsed(TenantId tenantId, UUID userId, int remaining, Instant at)
            implements ActedByTheUser {}

    /** A signed-in user proved who they are again, which allows sensitive changes for a few minutes. */
    @AuditAction("user.reauthenticated")
    public record Reauthenticated(TenantId tenantId, UUID userId, UUID familyId, Instant at)
            implements ActedByTheUser {}

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
    @AuditAction("tenant.security-settings-changed")
    public record SecuritySettingsChanged(
            TenantId tenantId, UUID actorId, SecuritySettingsState before, SecuritySettingsState after, Instant at)
            implements AboutTenant {}
}
