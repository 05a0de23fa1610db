package app.pitwall.repairorders;

import app.pitwall.platform.InvalidInputException;
import app.pitwall.platform.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a job's lines become money, in the currency and with the tax rates of the order's location. Amounts follow
 * {@link Money}'s one rounding rule: each line's extended amount (hours × rate, quantity × unit price, percent × base,
 * capped shop supplies) and each job's tax is rounded once, half-up, to the minor unit; everything after is exact.
 * Prices, rates, costs, caps and amounts staff type must already be in the minor unit ({@link #checked}); quantities
 * and hours may be finer.
 *
 * <p><b>Order of computation per job.</b> (1) Labor and part lines. (2) Shop supplies: percent of labor + parts, at
 * most the cap; environmental and sublet fees as given. (3) Discounts: a percent of the labor or parts subtotal, or an
 * amount. (4) Tax: taxable labor less labor discounts and taxable parts less parts discounts, each never below
 * zero, and taxable fees, each times its own rate, summed exactly and rounded once. (5) total = labor + parts + fees −
 * discounts + tax. An order's totals are the sums of its jobs'.
 *
 * <p>An order priced before locations had a fee rate has none ({@code feesTaxRate} null): its taxable fees stay taxed
 * as they always were, sublets as labor and other fees as parts, so no total a customer saw changes.
 *
 * @param laborTaxRate the location's tax on labor as a fraction (0.0625 for 6.25 %)
 * @param partsTaxRate the location's tax on parts as a fraction
 * @param feesTaxRate the location's tax on fees as a fraction, or null for an order priced before fees had a rate
 */
public record Pricing(Currency currency, BigDecimal laborTaxRate, BigDecimal partsTaxRate, BigDecimal feesTaxRate) {

    /** Pricing without a fee rate: fees taxed as labor (sublets) or parts (the others), as orders were first priced. */
    public Pricing(Currency currency, BigDecimal laborTaxRate, BigDecimal partsTaxRate) {
        this(currency, laborTaxRate, partsTaxRate, null);
    }

    /** Whether {@code other} has this currency and the same rates, whatever their scale. */
    public boolean sameRatesAs(Pricing other) {
        return currency.equals(other.currency)
                && laborTaxRate.compareTo(other.laborTaxRate) == 0
                && partsTaxRate.compareTo(other.partsTaxRate) == 0
                && (feesTaxRate == null
                        ? other.feesTaxRate == null
                        : other.feesTaxRate != null && feesTaxRate.compareTo(other.feesTaxRate) == 0);
    }

    /** Digits after the decimal point of the currency's minor unit. */
    public int scale() {
        return Money.scale(currency);
    }

    public Money zero() {
        return Money.zero(currency);
    }

    /** Money of this order's currency, from an exact computation (rounded by the one rule). */
    public Money money(BigDecimal exact) {
        return Money.of(exact, currency);
    }

    /**
     * The line, refused if it cannot be on an order of this currency: money finer than the minor unit, or labor hours
     * without a rate.
     */
    public Line checked(Line line) {
        if (line instanceof LaborLine labor) {
            if (labor.awaitsRate()) {
                throw new InvalidInputException("rate", "required with hours (or give laborRateId)");
            }
            minorUnit(labor.rate(), "rate");
            minorUnit(labor.amount(), "amount");
        } else if (line instanceof PartLine part) {
            minorUnit(part.unitPrice(), "unitPrice");
            minorUnit(part.unitCost(), "unitCost");
        } else if (line instanceof FeeLine fee) {
            minorUnit(fee.amount(), "amount");
            minorUnit(fee.cap(), "cap");
            minorUnit(fee.unitCost(), "unitCost");
        } else if (line instanceof DiscountLine discount) {
            minorUnit(discount.amount(), "amount");
        }
        return line;
    }

    public JobPrice price(List<Line> lines) {
        Map<LineId, Money> amounts = new LinkedHashMap<>();
        Money labor = zero(), parts = zero(), laborTaxable = zero(), partsTaxable = zero();
        for (Line line : lines) {
            Money amount;
            if (line instanceof LaborLine work) {
                amount = work.hourly() ? money(work.hours().multiply(work.rate())) : money(work.amount());
                labor = labor.plus(amount);
            } else if (line instanceof PartLine part) {
                amount = money(part.quantity().multiply(part.unitPrice()));
                parts = parts.plus(amount);
            } else {
                continue;
            }
            amounts.put(line.id(), amount);
            laborTaxable = line.taxClass() == Line.TaxClass.LABOR ? laborTaxable.plus(amount) : laborTaxable;
            partsTaxable = line.taxClass() == Line.TaxClass.PARTS ? partsTaxable.plus(amount) : partsTaxable;
        }
        Money fees = zero(), feesTaxable = zero(), laborDiscounts = zero(), partsDiscounts = zero();
        for (Line line : lines) {
            if (line instanceof FeeLine fee) {
                Money amount = fee.shopSupplies()
                        ? labor.plus(parts).percent(fee.percent()).min(money(fee.cap()))
                        : money(fee.amount());
                amounts.put(line.id(), amount);
                fees = fees.plus(amount);
                if (feesTaxRate != null) {
                    feesTaxable = line.taxClass() != null ? feesTaxable.plus(amount) : feesTaxable;
                } else {
                    laborTaxable = line.taxClass() == Line.TaxClass.LABOR ? laborTaxable.plus(amount) : laborTaxable;
                    partsTaxable = line.taxClass() == Line.TaxClass.PARTS ? partsTaxable.plus(amount) : partsTaxable;
                }
            } else if (line instanceof DiscountLine discount) {
                Money base = discount.discountTarget() == Line.TaxClass.LABOR ? labor : parts;
                Money amount = discount.percent() != null ? base.percent(discount.percent()) : money(discount.amount());
                amounts.put(line.id(), amount);
                if (discount.discountTarget() == Line.TaxClass.LABOR) {
                    laborDiscounts = laborDiscounts.plus(amount);
                } else {
                    partsDiscounts = partsDiscounts.plus(amount);
                }
            }
        }
        Money laborBase = laborTaxable.minus(laborDiscounts).max(zero());
        Money partsBase = partsTaxable.minus(partsDiscounts).max(zero());
        BigDecimal exactTax =
                laborBase.amount().multiply(laborTaxRate).add(partsBase.amount().multiply(partsTaxRate));
        if (feesTaxRate != null) {
            exactTax = exactTax.add(feesTaxable.amount().multiply(feesTaxRate));
        }
        Money tax = money(exactTax);
        Money discounts = laborDiscounts.plus(partsDiscounts);
        Money total = labor.plus(parts).plus(fees).minus(discounts).plus(tax);
        return new JobPrice(
                new Totals(labor, parts, fees, discounts, tax, total),
                Map.copyOf(amounts),
                laborBase,
                partsBase,
                laborDiscounts,
                partsDiscounts);
    }

    private void minorUnit(BigDecimal value, String field) {
        if (value != null && !Money.fitsMinorUnit(value, currency)) {
            throw new InvalidInputException(
                    field, "at most " + scale() + " decimal places in " + currency.getCurrencyCode());
        }
    }
}
