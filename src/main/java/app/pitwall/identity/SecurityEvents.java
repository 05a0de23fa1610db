package app.pitwall.identity;

import app.pitwall.platform.TenantId;
import java.time.Instant;
import java.util.UUID;

/** Events of security meaning that identity publishes; the audit trail records them. */
public final class SecurityEvents {

    private SecurityEvents() {}

    /** A user signed in and a new session family began. */
    public record SignedIn(TenantId tenantId, UUID userId, UUID familyId, String sourceAddress, Instant at) {}

    /** A sign-in attempt for a known account failed. */
    public record SignInFailed(TenantId tenantId, UUID userId, String sourceAddress, String reason, Instant at) {}

    /** A session family ended: sign-out, idle or absolute expiry, or revocation by someone. */
    public record SessionEnded(TenantId tenantId, UUID userId, UUID familyId, String reason, Instant at) {}

    /** A spent refresh token was presented again: its whole family was revoked. */
    public record RefreshTokenReused(TenantId tenantId, UUID userId, UUID familyId, String sourceAddress, Instant at) {}
}
