package app.pitwall.identity;

import app.pitwall.platform.AuditAction;
import app.pitwall.platform.Auditable;
import app.pitwall.platform.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * API tokens made and revoked. Every event carries its tenant and, where a person caused it, the acting user; none carries a
 * password, a token or a hash.
 */
public final class ApiTokenEvents {

    private ApiTokenEvents() {}

    /** An event about one API token: the API token is the subject. */
    public sealed interface AboutApiToken extends Auditable {

        UUID tokenId();

        @Override
        default Subject subject() {
            return Subject.of("api-token", tokenId());
        }
    }

    /** An API token was created; it was shown once to its creator. */
    @AuditAction("api-token.created")
    public record ApiTokenCreated(
            TenantId tenantId,
            UUID tokenId,
            UUID actorId,
            String name,
            List<String> permissions,
            List<UUID> locationIds,
            Instant expiresAt)
            implements AboutApiToken {}

    /** An API token was revoked and stops working on every instance within seconds. */
    @AuditAction("api-token.revoked")
    public record ApiTokenRevoked(TenantId tenantId, UUID tokenId, UUID actorId, Instant at) implements AboutApiToken {}
}
