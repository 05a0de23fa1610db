package app.pitwall.repairorders;

import app.pitwall.platform.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a job's lines become money, in the currency and with the tax rates of the order's location.
 *
 * <p><b>The rounding rule.</b> An amount that comes from a multiplication is rounded exactly once, {@link
 * RoundingMode#HALF_UP half-up}, to the currency's minor unit (the cent for USD, none for JPY), at the moment it becomes
 * an amount: each line's extended amount (hours × rate, quantity × unit price, percent × base, capped shop supplies)
 * and each job's tax. Everything after that is a sum or difference of rounded amounts and therefore exact. Amounts
 * typed by staff (flat labor, fees, discount amounts, caps) must already be in the minor unit; finer ones are refused.
 *
 * <p><b>Order of computation per job.</b> (1) Labor and part lines. (2) Shop supplies: percent of labor + parts,
 * at most the cap; environmental and sublet fees as given. (3) Discounts: a percent of the labor or parts subtotal,
 * or an amount. (4) Tax: taxable labor (labor lines, sublets) less labor discounts and taxable parts (parts, shop
 * supplies, environmental fees) less parts discounts, each never below zero, times their rates, summed exactly and
 * rounded once. (5) total = labor + parts + fees − discounts + tax. An order's totals are the sums of its jobs'.
 *
 * @param laborTaxRate the location's tax on labor as a fraction (0.0625 for 6.25 %)
 * @param partsTaxRate the location's tax on parts as a fraction
 */
public record Pricing(java.util.Currency currency, BigDecimal laborTaxRate, BigDecimal partsTaxRate) {

    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    /** Digits after the decimal point of the currency's minor unit. */
    public int scale() {
        int digits = currency.getDefaultFractionDigits();
        return digits < 0 ? 2 : digits;
    }

    /** The one rounding step: to the minor unit, half-up. */
    public BigDecimal round(BigDecimal exact) {
        return exact.setScale(scale(), ROUNDING);
    }

    /** Refuses amounts typed finer than the currency's minor unit. */
    public Line checked(Line line) {
        line.validated();
        minorUnit(line.kind() == Line.Kind.PART ? null : line.amount(), "amount");
        minorUnit(line.cap(), "cap");
        return line;
    }

    public JobPrice price(List<Line> lines) {
        Map<LineId, BigDecimal> amounts = new LinkedHashMap<>();
        BigDecimal zero = BigDecimal.ZERO.setScale(scale());
        BigDecimal labor = zero, parts = zero, laborTaxable = zero, partsTaxable = zero;
        for (Line line : lines) {
            if (line.kind() == Line.Kind.LABOR || line.kind() == Line.Kind.PART) {
                BigDecimal amount = line.kind() == Line.Kind.PART
                        ? round(line.quantity().multiply(line.unitPrice()))
                        : line.hourly() ? round(line.hours().multiply(line.rate())) : round(line.amount());
                amounts.put(line.id(), amount);
                if (line.kind() == Line.Kind.LABOR) {
                    labor = labor.add(amount);
                } else {
                    parts = parts.add(amount);
                }
                laborTaxable = line.taxClass() == Line.TaxClass.LABOR ? laborTaxable.add(amount) : laborTaxable;
                partsTaxable = line.taxClass() == Line.TaxClass.PARTS ? partsTaxable.add(amount) : partsTaxable;
            }
        }
        BigDecimal fees = zero, laborDiscounts = zero, partsDiscounts = zero;
        for (Line line : lines) {
            if (line.kind() == Line.Kind.FEE) {
                BigDecimal amount = line.feeKind() == Line.FeeKind.SHOP_SUPPLIES
                        ? round(percentOf(line.percent(), labor.add(parts))).min(round(line.cap()))
                        : round(line.amount());
                amounts.put(line.id(), amount);
                fees = fees.add(amount);
                laborTaxable = line.taxClass() == Line.TaxClass.LABOR ? laborTaxable.add(amount) : laborTaxable;
                partsTaxable = line.taxClass() == Line.TaxClass.PARTS ? partsTaxable.add(amount) : partsTaxable;
            } else if (line.kind() == Line.Kind.DISCOUNT) {
                BigDecimal base = line.discountTarget() == Line.TaxClass.LABOR ? labor : parts;
                BigDecimal amount =
                        line.percent() != null ? round(percentOf(line.percent(), base)) : round(line.amount());
                amounts.put(line.id(), amount);
                if (line.discountTarget() == Line.TaxClass.LABOR) {
                    laborDiscounts = laborDiscounts.add(amount);
                } else {
                    partsDiscounts = partsDiscounts.add(amount);
                }
            }
        }
        BigDecimal laborBase = laborTaxable.subtract(laborDiscounts).max(zero);
        BigDecimal partsBase = partsTaxable.subtract(partsDiscounts).max(zero);
        BigDecimal tax = round(laborBase.multiply(laborTaxRate).add(partsBase.multiply(partsTaxRate)));
        BigDecimal discounts = laborDiscounts.add(partsDiscounts);
        BigDecimal total = labor.add(parts).add(fees).subtract(discounts).add(tax);
        return new JobPrice(
                new Totals(labor, parts, fees, discounts, tax, total),
                Map.copyOf(amounts),
                laborBase,
                partsBase,
                laborDiscounts,
                partsDiscounts);
    }

    private static BigDecimal percentOf(BigDecimal percent, BigDecimal base) {
        return base.multiply(percent).divide(HUNDRED);
    }

    private void minorUnit(BigDecimal value, String field) {
        if (value != null && value.stripTrailingZeros().scale() > scale()) {
            throw new InvalidInputException(
                    field, "at most " + scale() + " decimal places in " + currency.getCurrencyCode());
        }
    }
}
