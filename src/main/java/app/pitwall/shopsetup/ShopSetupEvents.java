package app.pitwall.shopsetup;

import app.pitwall.platform.Auditable;
import app.pitwall.platform.TenantId;
import java.util.Map;
import java.util.UUID;

/** Changes to bays, labor rates and the tenant's work-order settings, for the audit trail. */
public final class ShopSetupEvents {

    private ShopSetupEvents() {}

    public record BayAdded(TenantId tenantId, BayId bayId, UUID actorId, Map<String, Object> after)
            implements Auditable {

        @Override
        public String action() {
            return "bay.added";
        }

        @Override
        public Subject subject() {
            return Subject.of("bay", bayId.value());
        }
    }

    public record BayChanged(
            TenantId tenantId, BayId bayId, UUID actorId, Map<String, Object> before, Map<String, Object> after)
            implements Auditable {

        @Override
        public String action() {
            return "bay.changed";
        }

        @Override
        public Subject subject() {
            return Subject.of("bay", bayId.value());
        }
    }

    public record LaborRateAdded(TenantId tenantId, LaborRateId laborRateId, UUID actorId, Map<String, Object> after)
            implements Auditable {

        @Override
        public String action() {
            return "labor-rate.added";
        }

        @Override
        public Subject subject() {
            return Subject.of("labor-rate", laborRateId.value());
        }
    }

    public record LaborRateChanged(
            TenantId tenantId,
            LaborRateId laborRateId,
            UUID actorId,
            Map<String, Object> before,
            Map<String, Object> after)
            implements Auditable {

        @Override
        public String action() {
            return "labor-rate.changed";
        }

        @Override
        public Subject subject() {
            return Subject.of("labor-rate", laborRateId.value());
        }
    }

    public record WorkOrderSettingsChanged(
            TenantId tenantId, UUID actorId, Map<String, Object> before, Map<String, Object> after)
            implements Auditable {

        @Override
        public String action() {
            return "tenant.repair-order-settings-changed";
        }

        @Override
        public Subject subject() {
            return Subject.of("tenant", tenantId.value());
        }
    }
}
