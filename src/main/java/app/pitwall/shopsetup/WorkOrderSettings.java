package app.pitwall.shopsetup;

import java.math.BigDecimal;

/**
 * The tenant's rules for repair orders.
 *
 * @param discountCapPercent discounts on a job above this share of its labor, parts and fees need {@code
 *     discounts:approve}
 * @param shopSuppliesPercent the default percentage of labor and parts charged as shop supplies
 * @param shopSuppliesCap the default most a job pays for shop supplies
 */
public record WorkOrderSettings(
        BigDecimal discountCapPercent, BigDecimal shopSuppliesPercent, BigDecimal shopSuppliesCap, int version) {

    public static final WorkOrderSettings DEFAULTS =
            new WorkOrderSettings(new BigDecimal("10"), new BigDecimal("5"), new BigDecimal("35.00"), 0);
}
