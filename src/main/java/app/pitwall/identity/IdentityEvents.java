package app.pitwall.identity;

import app.pitwall.platform.Auditable;
import app.pitwall.platform.TenantId;
import java.time.Instant;
import java.util.LinkedHashMap;
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
            TenantId tenantId, UUID ownerId, UUID locationId, String businessName, String sourceAddress, Instant at)
            implements Auditable {

        @Override
        public String action() {
            return "tenant.signed-up";
        }

        @Override
        public Subject subject() {
            return Subject.of("tenant", tenantId.value());
        }

        @Override
        public UUID actorId() {
            return ownerId;
        }

        @Override
        public UUID locationId() {
            return locationId;
        }

        @Override
        public Map<String, ?> after() {
            return details("businessName", businessName, "owner", ownerId);
        }
    }

    /** A staff member was invited; the invitation expires unless accepted. */
    public record InvitationSent(
            TenantId tenantId,
            UUID invitationId,
            UUID actorId,
            String email,
            String role,
            List<UUID> locationIds,
            Instant expiresAt)
            implements Auditable {

        @Override
        public String action() {
            return "invitation.sent";
        }

        @Override
        public Subject subject() {
            return Subject.of("invitation", invitationId);
        }

        @Override
        public Map<String, ?> after() {
            return details("email", email, "role", role, "locationIds", locationIds, "expiresAt", expiresAt.toString());
        }
    }

    /** An invitation was accepted and became the account {@code userId}. */
    public record InvitationAccepted(TenantId tenantId, UUID invitationId, UUID userId, Instant at)
            implements Auditable {

        @Override
        public String action() {
            return "invitation.accepted";
        }

        @Override
        public Subject subject() {
            return Subject.of("invitation", invitationId);
        }

        @Override
        public UUID actorId() {
            return userId;
        }

        @Override
        public Map<String, ?> after() {
            return details("user", userId);
        }
    }

    /** An invitation was withdrawn before it was accepted. */
    public record InvitationRevoked(TenantId tenantId, UUID invitationId, UUID actorId, Instant at)
            implements Auditable {

        @Override
        public String action() {
            return "invitation.revoked";
        }

        @Override
        public Subject subject() {
            return Subject.of("invitation", invitationId);
        }
    }

    /** A staff account's role or locations changed; only changed fields are given. */
    public record UserChanged(
            TenantId tenantId, UUID userId, UUID actorId, Map<String, Object> before, Map<String, Object> after)
            implements Auditable {

        @Override
        public String action() {
            return "user.changed";
        }

        @Override
        public Subject subject() {
            return Subject.of("user", userId);
        }
    }

    /** A staff account was disabled: it can no longer sign in and its sessions ended. */
    public record UserDisabled(TenantId tenantId, UUID userId, UUID actorId, int sessionsEnded, Instant at)
            implements Auditable {

        @Override
        public String action() {
            return "user.disabled";
        }

        @Override
        public Subject subject() {
            return Subject.of("user", userId);
        }

        @Override
        public Map<String, ?> after() {
            return details("sessionsEnded", sessionsEnded);
        }
    }

    /** A disabled staff account was enabled again. */
    public record UserEnabled(TenantId tenantId, UUID userId, UUID actorId, Instant at) implements Auditable {

        @Override
        public String action() {
            return "user.enabled";
        }

        @Override
        public Subject subject() {
            return Subject.of("user", userId);
        }
    }

    /** Someone ended sessions of a user: an owner or manager, or the user for one of their own. */
    public record SessionsRevoked(TenantId tenantId, UUID userId, UUID actorId, List<UUID> familyIds, Instant at)
            implements Auditable {

        @Override
        public String action() {
            return "user.sessions-revoked";
        }

        @Override
        public Subject subject() {
            return Subject.of("user", userId);
        }

        @Override
        public Map<String, ?> after() {
            return details("sessions", familyIds);
        }
    }

    /**
     * A password was changed by its user ({@code reset} false) or through a reset link ({@code reset}
     * true); the other sessions of the account ended.
     */
    public record PasswordChanged(TenantId tenantId, UUID userId, boolean reset, int sessionsEnded, Instant at)
            implements Auditable {

        @Override
        public String action() {
            return "user.password-changed";
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
            return details("throughReset", reset, "sessionsEnded", sessionsEnded);
        }
    }

    /**
     * A user asked to sign in with another email; a link to confirm it was sent there (or, until
     * email is sent, logged for the operator). Nothing changes until it is followed.
     */
    public record EmailChangeRequested(
            TenantId tenantId, UUID userId, String email, String sourceAddress, Instant expiresAt, Instant at)
            implements Auditable {

        @Override
        public String action() {
            return "user.email-change-requested";
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
            return details("email", email, "sourceAddress", sourceAddress, "expiresAt", expiresAt.toString());
        }
    }

    /** A user changed the email they sign in with, by following the link sent to the new one. */
    public record EmailChanged(TenantId tenantId, UUID userId, String previousEmail, String email, Instant at)
            implements Auditable {

        @Override
        public String action() {
            return "user.email-changed";
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
        public Map<String, ?> before() {
            return Map.of("email", previousEmail);
        }

        @Override
        public Map<String, ?> after() {
            return Map.of("email", email);
        }
    }

    /** A password reset link was made for an account (and logged for the operator or emailed). */
    public record PasswordResetRequested(
            TenantId tenantId, UUID userId, String sourceAddress, Instant expiresAt, Instant at) implements Auditable {

        @Override
        public String action() {
            return "user.password-reset-requested";
        }

        @Override
        public Subject subject() {
            return Subject.of("user", userId);
        }

        @Override
        public Map<String, ?> after() {
            return details("sourceAddress", sourceAddress, "expiresAt", expiresAt.toString());
        }
    }

    /** A stored password hash was replaced by one with the current, stronger parameters at sign-in. */
    public record PasswordHashUpgraded(TenantId tenantId, UUID userId, Instant at) implements Auditable {

        @Override
        public String action() {
            return "user.password-rehashed";
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

    /** An API token was created; it was shown once to its creator. */
    public record ApiTokenCreated(
            TenantId tenantId,
            UUID tokenId,
            UUID actorId,
            String name,
            List<String> permissions,
            List<UUID> locationIds,
            Instant expiresAt)
            implements Auditable {

        @Override
        public String action() {
            return "api-token.created";
        }

        @Override
        public Subject subject() {
            return Subject.of("api-token", tokenId);
        }

        @Override
        public Map<String, ?> after() {
            return details(
                    "name",
                    name,
                    "permissions",
                    permissions,
                    "locationIds",
                    locationIds,
                    "expiresAt",
                    expiresAt == null ? null : expiresAt.toString());
        }
    }

    /** An API token was revoked and stops working on every instance within seconds. */
    public record ApiTokenRevoked(TenantId tenantId, UUID tokenId, UUID actorId, Instant at) implements Auditable {

        @Override
        public String action() {
            return "api-token.revoked";
        }

        @Override
        public Subject subject() {
            return Subject.of("api-token", tokenId);
        }
    }

    /** Pairs of names and values, in order; values may be null. */
    private static Map<String, Object> details(Object... pairs) {
        Map<String, Object> details = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            details.put((String) pairs[i], pairs[i + 1]);
        }
        return details;
    }
}
