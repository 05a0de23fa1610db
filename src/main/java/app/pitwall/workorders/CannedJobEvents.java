package app.pitwall.workorders;

import app.pitwall.platform.TenantId;
import java.util.Map;
import java.util.UUID;

/** Changes to the tenant's canned jobs, for the audit trail. */
public final class CannedJobEvents {

    private CannedJobEvents() {}

    public record CannedJobCreated(
            TenantId tenantId, CannedJobId cannedJobId, UUID actorId, Map<String, Object> after) {}

    public record CannedJobChanged(
            TenantId tenantId,
            CannedJobId cannedJobId,
            UUID actorId,
            Map<String, Object> before,
            Map<String, Object> after) {}

    public record CannedJobDeleted(
            TenantId tenantId, CannedJobId cannedJobId, UUID actorId, Map<String, Object> before) {}
}
