package app.pitwall.identity;

import app.pitwall.platform.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What happens to tenants' staff, passwords and API tokens, for the audit trail and other modules.
 * Every event carries its tenant and, where a person caused it, the acting user; none carries a
 * password, a token or a hash.
 */
public final class IdentityEvents {

    private IdentityEvents() {}

    /** A business signed up: its tenant, first location and owner now exist. */
    public record TenantSignedUp(
            TenantId tenantId, UUID ownerId, UUID locationId, String businessName, String sourceAddress, Instant at) {}

    /** A staff member was invited; the invitation expires unless accepted. */
    public record InvitationSent(
            TenantId tenantId,
            UUID invitationId,
            UUID actorId,
            String email,
            String role,
            List<UUID> locationIds,
            Instant expiresAt) {}

    /** An invitation was accepted and became the account {@code userId}. */
    public record InvitationAccepted(TenantId tenantId, UUID invitationId, UUID userId, Instant at) {}

    /** An invitation was withdrawn before it was accepted. */
    public record InvitationRevoked(TenantId tenantId, UUID invitationId, UUID actorId, Instant at) {}

    /** A staff account's role or locations changed; only changed fields are given. */
    public record UserChanged(
            TenantId tenantId, UUID userId, UUID actorId, Map<String, Object> before, Map<String, Object> after) {}

    /** A staff account was disabled: it can no longer sign in and its sessions ended. */
    public record UserDisabled(TenantId tenantId, UUID userId, UUID actorId, int sessionsEnded, Instant at) {}

    /** A disabled staff account was enabled again. */
    public record UserEnabled(TenantId tenantId, UUID userId, UUID actorId, Instant at) {}

    /** Someone ended sessions of a user: an owner or manager, or the user for one of their own. */
    public record SessionsRevoked(TenantId tenantId, UUID userId, UUID actorId, List<UUID> familyIds, Instant at) {}

    /**
     * A password was changed by its user ({@code reset} false) or through a reset link ({@code reset}
     * true); the other sessions of the account ended.
     */
    public record PasswordChanged(TenantId tenantId, UUID userId, boolean reset, int sessionsEnded, Instant at) {}

    /** A password reset link was made for an account (and logged for the operator or emailed). */
    public record PasswordResetRequested(
            TenantId tenantId, UUID userId, String sourceAddress, Instant expiresAt, Instant at) {}

    /** A stored password hash was replaced by one with the current, stronger parameters at sign-in. */
    public record PasswordHashUpgraded(TenantId tenantId, UUID userId, Instant at) {}

    /** An API token was created; it was shown once to its creator. */
    public record ApiTokenCreated(
            TenantId tenantId,
            UUID tokenId,
            UUID actorId,
            String name,
            List<String> permissions,
            List<UUID> locationIds,
            Instant expiresAt) {}

    /** An API token was revoked and stops working on every instance within seconds. */
    public record ApiTokenRevoked(TenantId tenantId, UUID tokenId, UUID actorId, Instant at) {}
}
