package app.pitwall.shopsetup;

import app.pitwall.access.Actor;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The reference data repair orders and the calendar use: bays and labor rates per location, and the tenant's
 * {@link WorkOrderSettings}. Scoped to the actor's tenant and locations like everything else; changes are announced
 * as {@link ShopSetupEvents}.
 */
public interface ShopSetup {

    /** The location's bays, active first, by name; an invisible location is "not found". */
    List<Bay> bays(Actor actor, UUID locationId);

    Optional<Bay> bay(Actor actor, BayId id);

    Bay addBay(Actor actor, UUID locationId, String name);

    Bay changeBay(Actor actor, BayId id, String name, Boolean active, Integer expectedVersion);

    List<LaborRate> laborRates(Actor actor, UUID locationId);

    Optional<LaborRate> laborRate(Actor actor, LaborRateId id);

    LaborRate addLaborRate(Actor actor, UUID locationId, String name, BigDecimal hourlyRate, boolean isDefault);

    LaborRate changeLaborRate(
            Actor actor,
            LaborRateId id,
            String name,
            BigDecimal hourlyRate,
            Boolean isDefault,
            Boolean active,
            Integer expectedVersion);

    WorkOrderSettings settings(Actor actor);

    /** Changes the given (non-null) settings. */
    WorkOrderSettings changeSettings(
            Actor actor,
            BigDecimal discountCapPercent,
            BigDecimal shopSuppliesPercent,
            BigDecimal shopSuppliesCap,
            Integer expectedVersion);
}
