package app.pitwall.workorders;

import app.pitwall.platform.TenantId;
import java.util.Map;
import java.util.UUID;

/** Changes to bays, labor rates and the tenant's work-order settings, for the audit trail. */
public final class ShopSetupEvents {

    private ShopSetupEvents() {}

    public record BayAdded(TenantId tenantId, BayId bayId, UUID actorId, Map<String, Object> after) {}

    public record BayChanged(
            TenantId tenantId, BayId bayId, UUID actorId, Map<String, Object> before, Map<String, Object> after) {}

    public record LaborRateAdded(TenantId tenantId, LaborRateId laborRateId, UUID actorId, Map<String, Object> after) {}

    public record LaborRateChanged(
            TenantId tenantId,
            LaborRateId laborRateId,
            UUID actorId,
            Map<String, Object> before,
            Map<String, Object> after) {}

    public record WorkOrderSettingsChanged(
            TenantId tenantId, UUID actorId, Map<String, Object> before, Map<String, Object> after) {}
}
