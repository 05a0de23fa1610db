package app.pitwall.identity;

import app.pitwall.platform.AuditAction;
import app.pitwall.platform.Auditable;
import app.pitwall.platform.TenantId;
import java.time.Instant;
import java.util.UUID;

/** Events of security meaning that identity publishes; the audit trail records them. */
public final class SecurityEvents {

    private SecurityEvents() {}

    /** An event about one session family: the session family is the subject. */
    public sealed interface AboutSession extends Auditable {

        UUID familyId();

        @Override
        default Subject subject() {
            return Subject.of("session", familyId());
        }
    }

    /** A user signed in and a new session family began. */
    @AuditAction("user.signed-in")
    public record SignedIn(TenantId tenantId, UUID userId, UUID familyId, String sourceAddress, Instant at)
            implements ActedByTheUser {}

    /** A sign-in attempt for a known account failed. */
    @AuditAction("user.sign-in-failed")
    public record SignInFailed(TenantId tenantId, UUID userId, String sourceAddress, String reason, Instant at)
            implements AboutUser {}

    /** A session family ended: sign-out, idle or absolute expiry, or revocation by someone. */
    @AuditAction("session.ended")
    public record SessionEnded(TenantId tenantId, UUID userId, UUID familyId, String reason, Instant at)
            implements AboutSession {}

    /** A spent refresh token was presented again: its whole family was revoked. */
    @AuditAction("session.refresh-token-reused")
    public record RefreshTokenReused(TenantId tenantId, UUID userId, UUID familyId, String sourceAddress, Instant at)
            implements AboutSession {}
}
