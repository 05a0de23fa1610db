package app.pitwall.repairorders;

import java.math.BigDecimal;

/**
 * What a job, or a whole order, comes to: labor + parts + fees − discounts + tax = total. Every component is a sum of
 * amounts already rounded by {@link Pricing}, so the identity holds to the cent.
 */
public record Totals(
        BigDecimal labor, BigDecimal parts, BigDecimal fees, BigDecimal discounts, BigDecimal tax, BigDecimal total) {

    public static Totals zero(int scale) {
        BigDecimal zero = BigDecimal.ZERO.setScale(scale);
        return new Totals(zero, zero, zero, zero, zero, zero);
    }

    public Totals plus(Totals other) {
        return new Totals(
                labor.add(other.labor),
                parts.add(other.parts),
                fees.add(other.fees),
                discounts.add(other.discounts),
                tax.add(other.tax),
                total.add(other.total));
    }

    /** Labor, parts and fees before discounts and tax. */
    public BigDecimal beforeDiscounts() {
        return labor.add(parts).add(fees);
    }

    /** Whether labor + parts + fees − discounts + tax is exactly the total. */
    public boolean reconciles() {
        return beforeDiscounts().subtract(discounts).add(tax).compareTo(total) == 0;
    }
}
