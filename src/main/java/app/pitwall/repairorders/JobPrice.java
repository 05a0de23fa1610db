package app.pitwall.repairorders;

import app.pitwall.platform.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.Optional;

/**
 * A job priced by {@link Pricing}: its {@link Totals}, what each line comes to, and the tax bases the tax was
 * computed on.
 *
 * @param lineAmounts each line's rounded amount (discounts positive)
 * @param laborTaxBase taxable labor (labor lines, sublets) less labor discounts, never below zero
 * @param partsTaxBase taxable parts (parts, shop supplies, environmental fees) less parts discounts, never below zero
 */
public record JobPrice(
        Totals totals,
        Map<LineId, Money> lineAmounts,
        Money laborTaxBase,
        Money partsTaxBase,
        Money laborDiscounts,
        Money partsDiscounts) {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    public Money amountOf(LineId line) {
        return lineAmounts.get(line);
    }

    /** The subtotal whose discounts exceed it, if any: a job never gives away more labor or parts than it has. */
    public Optional<Line.TaxClass> overDiscounted() {
        if (laborDiscounts.compareTo(totals.labor()) > 0) {
            return Optional.of(Line.TaxClass.LABOR);
        }
        if (partsDiscounts.compareTo(totals.parts()) > 0) {
            return Optional.of(Line.TaxClass.PARTS);
        }
        return Optional.empty();
    }

    /** The discounts as a percentage of labor, parts and fees; 0 without discounts, 100 when nothing is left. */
    public BigDecimal discountPercent() {
        if (totals.discounts().signum() == 0) {
            return BigDecimal.ZERO;
        }
        if (totals.beforeDiscounts().signum() == 0) {
            return HUNDRED;
        }
        return totals.discounts()
                .amount()
                .multiply(HUNDRED)
                .divide(totals.beforeDiscounts().amount(), MathContext.DECIMAL64);
    }
}
