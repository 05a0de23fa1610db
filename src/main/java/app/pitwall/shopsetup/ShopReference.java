package app.pitwall.shopsetup;

import app.pitwall.platform.TenantId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The shop's reference data as other modules read it while they work on something of the tenant (an order being
 * priced, an appointment being booked): no permission of its own is checked, since the caller has checked the actor's
 * right to the thing it is working on. Runs in the caller's transaction.
 */
public interface ShopReference {

    /** The location's bays, active first, by name. */
    List<Bay> bays(TenantId tenant, UUID location);

    Optional<Bay> bay(TenantId tenant, BayId id);

    /** The location's labor rates, by name. */
    List<LaborRate> laborRates(TenantId tenant, UUID location);

    Optional<LaborRate> laborRate(TenantId tenant, LaborRateId id);

    /** The location's active default labor rate, if it has one. */
    default Optional<LaborRate> defaultLaborRate(TenantId tenant, UUID location) {
        return laborRates(tenant, location).stream()
                .filter(rate -> rate.isDefault() && rate.active())
                .findFirst();
    }

    WorkOrderSettings settings(TenantId tenant);
}
