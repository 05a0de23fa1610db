package app.pitwall.shopsetup;

import app.pitwall.platform.AboutTenant;
import app.pitwall.platform.AuditAction;
import app.pitwall.platform.Auditable;
import app.pitwall.platform.TenantId;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * Changes to bays, labor rates and the tenant's work-order settings. Each carries typed snapshots of the thing
 * before and after, so a listener reads them as data and the audit trail records the fields that differ.
 */
public final class ShopSetupEvents {

    private ShopSetupEvents() {}

    /** An event about one bay: the bay is the subject. */
    public sealed interface AboutBay extends Auditable {

        BayId bayId();

        @Override
        default Subject subject() {
            return Subject.of("bay", bayId().value());
        }
    }

    /** An event about one labor rate: the labor rate is the subject. */
    public sealed interface AboutLaborRate extends Auditable {

        LaborRateId laborRateId();

        @Override
        default Subject subject() {
            return Subject.of("labor-rate", laborRateId().value());
        }
    }

    /** What a bay is, as events tell it. */
    public record BayState(UUID locationId, String name, boolean active) {

        public static BayState of(Bay bay) {
            return new BayState(bay.locationId(), bay.name(), bay.active());
        }
    }

    /** What a labor rate is, as events tell it. */
    public record LaborRateState(
            UUID locationId, String name, BigDecimal hourlyRate, boolean isDefault, boolean active) {

        public static LaborRateState of(LaborRate rate) {
            return new LaborRateState(
                    rate.locationId(), rate.name(), plain(rate.hourlyRate()), rate.isDefault(), rate.active());
        }
    }

    /** The tenant's repair-order rules, as events tell them. */
    public record SettingsState(
            BigDecimal discountCapPercent, BigDecimal shopSuppliesPercent, BigDecimal shopSuppliesCap) {

        public static SettingsState of(WorkOrderSettings settings) {
            return new SettingsState(
                    plain(settings.discountCapPercent()),
                    plain(settings.shopSuppliesPercent()),
                    plain(settings.shopSuppliesCap()));
        }
    }

    @AuditAction("bay.added")
    public record BayAdded(TenantId tenantId, BayId bayId, UUID actorId, BayState after) implements AboutBay {}

    @AuditAction("bay.changed")
    public record BayChanged(TenantId tenantId, BayId bayId, UUID actorId, BayState before, BayState after)
            implements AboutBay {}

    @AuditAction("labor-rate.added")
    public record LaborRateAdded(TenantId tenantId, LaborRateId laborRateId, UUID actorId, LaborRateState after)
            implements AboutLaborRate {}

    @AuditAction("labor-rate.changed")
    public record LaborRateChanged(
            TenantId tenantId, LaborRateId laborRateId, UUID actorId, LaborRateState before, LaborRateState after)
            implements AboutLaborRate {}

    @AuditAction("tenant.repair-order-settings-changed")
    public record WorkOrderSettingsChanged(TenantId tenantId, UUID actorId, SettingsState before, SettingsState after)
            implements AboutTenant {}

    /** A decimal without trailing zeros, so snapshots of the same value are equal whatever scale was typed. */
    private static BigDecimal plain(BigDecimal number) {
        return number.signum() == 0 ? BigDecimal.ZERO : number.stripTrailingZeros();
    }
}
