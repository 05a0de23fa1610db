package app.pitwall.tenancy;

import app.pitwall.platform.Auditable;
import app.pitwall.platform.TenantId;
import java.util.Map;
import java.util.UUID;

/** What changes about a tenant as a whole, for its audit trail. */
public final class TenantEvents {

    private TenantEvents() {}

    /** The owner gave the shop a new logo. */
    public record LogoChanged(TenantId tenantId, UUID actorId, String contentType, int bytes) implements Auditable {

        @Override
        public String action() {
            return "shop.logo-changed";
        }

        @Override
        public Subject subject() {
            return Subject.of("tenant", tenantId);
        }

        @Override
        public Map<String, ?> after() {
            return Map.of("contentType", contentType, "bytes", bytes);
        }
    }

    /** The owner removed the shop's logo; customers see the shop's name alone. */
    public record LogoRemoved(TenantId tenantId, UUID actorId) implements Auditable {

        @Override
        public String action() {
            return "shop.logo-removed";
        }

        @Override
        public Subject subject() {
            return Subject.of("tenant", tenantId);
        }
    }
}
