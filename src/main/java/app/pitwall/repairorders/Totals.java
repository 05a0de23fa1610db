package app.pitwall.repairorders;

import app.pitwall.platform.Money;
import java.util.Currency;

/**
 * What a job, or a whole order, comes to: labor + parts + fees − discounts + tax = total. Every component is a sum of
 * amounts already rounded by {@link Pricing} (see {@link Money} for the one rounding rule), so the identity holds to
 * the minor unit.
 */
public record Totals(Money labor, Money parts, Money fees, Money discounts, Money tax, Money total) {

    public static Totals zero(Currency currency) {
        Money zero = Money.zero(currency);
        return new Totals(zero, zero, zero, zero, zero, zero);
    }

    public Totals plus(Totals other) {
        return new Totals(
                labor.plus(other.labor),
                parts.plus(other.parts),
                fees.plus(other.fees),
                discounts.plus(other.discounts),
                tax.plus(other.tax),
                total.plus(other.total));
    }

    /** Labor, parts and fees before discounts and tax. */
    public Money beforeDiscounts() {
        return labor.plus(parts).plus(fees);
    }

    /** Whether labor + parts + fees − discounts + tax is exactly the total. */
    public boolean reconciles() {
        return beforeDiscounts().minus(discounts).plus(tax).compareTo(total) == 0;
    }

    public Currency currency() {
        return total.currency();
    }
}
