package app.pitwall.identity;

import app.pitwall.platform.TenantId;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Events of account protection that identity publishes (lockout, second factors, re-authentication,
 * the tenant's security settings); the audit trail records them beside {@link SecurityEvents}.
 */
public final class AccountSecurityEvents {

    private AccountSecurityEvents() {}

    /** Too many failed sign-ins: the account refuses every sign-in until {@code lockedUntil}. */
    public record AccountLocked(TenantId tenantId, UUID userId, int failures, Instant lockedUntil, Instant at) {}

    /** Someone with users:manage lifted a lock. */
    public record AccountUnlocked(TenantId tenantId, UUID userId, UUID actorId, Instant at) {}

    /** A user began setting up an authenticator app; MFA is not on until confirmed. */
    public record MfaEnrolmentStarted(TenantId tenantId, UUID userId, Instant at) {}

    /** A user confirmed an authenticator app: sign-in now needs a code. */
    public record MfaEnabled(TenantId tenantId, UUID userId, Instant at) {}

    /** A user turned MFA off; its secret and recovery codes are gone. */
    public record MfaDisabled(TenantId tenantId, UUID userId, Instant at) {}

    /** A recovery code stood in for an authenticator code and is spent. */
    public record RecoveryCodeUsed(TenantId tenantId, UUID userId, int remaining, Instant at) {}

    /** A signed-in user proved who they are again, which allows sensitive changes for a few minutes. */
    public record Reauthenticated(TenantId tenantId, UUID userId, UUID familyId, Instant at) {}

    /** The tenant's MFA requirement or session timeouts changed. */
    public record SecuritySettingsChanged(
            TenantId tenantId, UUID actorId, Map<String, Object> before, Map<String, Object> after, Instant at) {}
}
