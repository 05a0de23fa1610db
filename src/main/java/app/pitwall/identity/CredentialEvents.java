package app.pitwall.identity;

import app.pitwall.platform.AuditAction;
import app.pitwall.platform.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What happens to how staff sign in: sessions ended, passwords changed or reset, email changes. Every event carries its tenant and, where a person caused it, the acting user; none carries a
 * password, a token or a hash.
 */
public final class CredentialEvents {

    private CredentialEvents() {}

    /** Someone ended sessions of a user: an owner or manager, or the user for one of their own. */
    @AuditAction("user.sessions-revoked")
    public record SessionsRevoked(TenantId tenantId, UUID userId, UUID actorId, List<UUID> familyIds, Instant at)
            implements AboutUser {}

    /**
     * A password was changed by its user ({@code reset} false) or through a reset link ({@code reset}
     * true); the other sessions of the account ended.
     */
    @AuditAction("user.password-changed")
    public record PasswordChanged(TenantId tenantId, UUID userId, boolean reset, int sessionsEnded, Instant at)
            implements ActedByTheUser {}

    /**
     * A user asked to sign in with another email; a link to confirm it was sent there (or, until
     * email is sent, logged for the operator). Nothing changes until it is followed.
     */
    @AuditAction("user.email-change-requested")
    public record EmailChangeRequested(
            TenantId tenantId, UUID userId, String email, String sourceAddress, Instant expiresAt, Instant at)
            implements ActedByTheUser {}

    /** A user changed the email they sign in with, by following the link sent to the new one. */
    @AuditAction("user.email-changed")
    public record EmailChanged(TenantId tenantId, UUID userId, String previousEmail, String email, Instant at)
            implements ActedByTheUser {

        @Override
        public SignInEmail before() {
            return new SignInEmail(previousEmail);
        }

        @Override
        public SignInEmail after() {
            return new SignInEmail(email);
        }

        /** The address a user signs in with, as the trail records it before and after. */
        public record SignInEmail(String email) {}
    }

    /** A password reset link was made for an account (and logged for the operator or emailed). */
    @AuditAction("user.password-reset-requested")
    public record PasswordResetRequested(
            TenantId tenantId, UUID userId, String sourceAddress, Instant expiresAt, Instant at) implements AboutUser {}

    /** A stored password hash was replaced by one with the current, stronger parameters at sign-in. */
    @AuditAction("user.password-rehashed")
    public record PasswordHashUpgraded(TenantId tenantId, UUID userId, Instant at) implements ActedByTheUser {}
}
