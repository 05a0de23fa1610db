package app.pitwall.identity;

import app.pitwall.platform.AboutTenant;
import app.pitwall.platform.AuditAction;
import app.pitwall.platform.Auditable;
import app.pitwall.platform.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What happens to a tenant's staff: sign-up, invitations, role and location changes, disabling. Every event carries its tenant and, where a person caused it, the acting user; none carries a
 * password, a token or a hash.
 */
public final class StaffEvents {

    private StaffEvents() {}

    /** An event about one invitation: the invitation is the subject. */
    public sealed interface AboutInvitation extends Auditable {

        UUID invitationId();

        @Override
        default Subject subject() {
            return Subject.of("invitation", invitationId());
        }
    }

    /** A business signed up: its tenant, first location and owner now exist. */
    @AuditAction("tenant.signed-up")
    public record TenantSignedUp(
            TenantId tenantId, UUID ownerId, UUID locationId, String businessName, String sourceAddress, Instant at)
            implements AboutTenant {

        @Override
        public UUID actorId() {
            return ownerId;
        }

        @Override
        public UUID locationId() {
            return locationId;
        }
    }

    /** A staff member was invited; the invitation expires unless accepted. */
    @AuditAction("invitation.sent")
    public record InvitationSent(
            TenantId tenantId,
            UUID invitationId,
            UUID actorId,
            String email,
            String role,
            List<UUID> locationIds,
            Instant expiresAt)
            implements AboutInvitation {}

    /** An invitation was accepted and became the account {@code userId}. */
    @AuditAction("invitation.accepted")
    public record InvitationAccepted(TenantId tenantId, UUID invitationId, UUID userId, Instant at)
            implements AboutInvitation {

        @Override
        public UUID actorId() {
            return userId;
        }
    }

    /** An invitation was withdrawn before it was accepted. */
    @AuditAction("invitation.revoked")
    public record InvitationRevoked(TenantId tenantId, UUID invitationId, UUID actorId, Instant at)
            implements AboutInvitation {}

    /**
     * What a staff account is allowed, as events tell it: its role's code, whether it sees every location or only
     * {@code locationIds} (sorted), and whether it is disabled.
     */
    public record StaffState(String role, boolean allLocations, List<UUID> locationIds, boolean disabled) {

        public StaffState {
            locationIds = locationIds.stream().sorted().toList();
        }
    }

    /** A staff account's role, locations or disabling changed: the account before and after. */
    @AuditAction("user.changed")
    public record UserChanged(TenantId tenantId, UUID userId, UUID actorId, StaffState before, StaffState after)
            implements AboutUser {}

    /** A staff account was disabled: it can no longer sign in and its sessions ended. */
    @AuditAction("user.disabled")
    public record UserDisabled(TenantId tenantId, UUID userId, UUID actorId, int sessionsEnded, Instant at)
            implements AboutUser {}

    /** A disabled staff account was enabled again. */
    @AuditAction("user.enabled")
    public record UserEnabled(TenantId tenantId, UUID userId, UUID actorId, Instant at) implements AboutUser {}
}
