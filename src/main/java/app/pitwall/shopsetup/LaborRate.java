package app.pitwall.shopsetup;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * An hourly labor rate of a location, in the location's currency. A labor line copies the rate when it is written,
 * so later changes of the rate do not change existing orders. At most one rate per location is the default.
 */
public record LaborRate(
        LaborRateId id,
        UUID locationId,
        String name,
        BigDecimal hourlyRate,
        boolean isDefault,
        boolean active,
        int version) {}
