package app.pitwall.tenancy;

import app.pitwall.platform.InvalidInputException;
import java.math.BigDecimal;

/**
 * A location's sales tax on each kind of line, as fractions (0.0825 for 8.25 %): labor, parts and fees each have
 * their own rate. Each is from 0 to {@link #HIGHEST_PERCENT} percent with at most four decimal places of a percent
 * (8.8750 %), so every rate fits the six decimal places of a fraction the database keeps.
 */
public record TaxRates(BigDecimal labor, BigDecimal parts, BigDecimal fees) {

    /** No sales tax anywhere in the world is higher than this; a larger number is a typing mistake. */
    public static final BigDecimal HIGHEST_PERCENT = new BigDecimal("30");

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    public static final TaxRates NONE = new TaxRates(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    public TaxRates {
        labor = checked(labor, "labor");
        parts = checked(parts, "parts");
        fees = checked(fees, "fees");
    }

    /** Rates from percentages as staff type them (8.25 for 8.25 %). */
    public static TaxRates ofPercent(BigDecimal labor, BigDecimal parts, BigDecimal fees) {
        return new TaxRates(fraction(labor, "labor"), fraction(parts, "parts"), fraction(fees, "fees"));
    }

    public BigDecimal laborPercent() {
        return percent(labor);
    }

    public BigDecimal partsPercent() {
        return percent(parts);
    }

    public BigDecimal feesPercent() {
        return percent(fees);
    }

    private static BigDecimal percent(BigDecimal fraction) {
        BigDecimal percent = fraction.multiply(HUNDRED).stripTrailingZeros();
        return percent.scale() < 0 ? percent.setScale(0) : percent;
    }

    private static BigDecimal fraction(BigDecimal percent, String field) {
        if (percent == null) {
            throw new InvalidInputException("taxPercent." + field, "required (0 for no tax)");
        }
        return percent.movePointLeft(2);
    }

    private static BigDecimal checked(BigDecimal fraction, String field) {
        if (fraction == null) {
            throw new InvalidInputException("taxPercent." + field, "required (0 for no tax)");
        }
        BigDecimal percent = fraction.movePointRight(2);
        if (percent.signum() < 0 || percent.compareTo(HIGHEST_PERCENT) > 0) {
            throw new InvalidInputException("taxPercent." + field, "must be a percentage from 0 to " + HIGHEST_PERCENT);
        }
        if (percent.stripTrailingZeros().scale() > 4) {
            throw new InvalidInputException("taxPercent." + field, "at most 4 decimal places");
        }
        BigDecimal exact = fraction.stripTrailingZeros();
        return exact.scale() < 0 ? exact.setScale(0) : exact;
    }
}
