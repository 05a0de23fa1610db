package app.pitwall.tenancy;

import app.pitwall.platform.AboutTenant;
import app.pitwall.platform.AuditAction;
import app.pitwall.platform.TenantId;
import java.util.UUID;

/** What changes about a tenant as a whole, for its audit trail. */
public final class TenantEvents {

    private TenantEvents() {}

    /** The owner gave the shop a new logo. */
    @AuditAction("shop.logo-changed")
    public record LogoChanged(TenantId tenantId, UUID actorId, String contentType, int bytes) implements AboutTenant {}

    /** The owner removed the shop's logo; customers see the shop's name alone. */
    @AuditAction("shop.logo-removed")
    public record LogoRemoved(TenantId tenantId, UUID actorId) implements AboutTenant {}
}
