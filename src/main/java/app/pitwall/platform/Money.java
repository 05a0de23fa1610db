package app.pitwall.platform;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money in one currency, always held in the currency's minor unit (cents for USD, none for JPY).
 *
 * <p><b>The rounding rule</b>, the only one in Pitwall: an amount that comes from a multiplication or a division (hours
 * × rate, quantity × unit price, a percentage, a tax) is rounded once, {@link RoundingMode#HALF_UP half-up}, to the
 * minor unit, at the moment it becomes money ({@link #of}). Everything after that is a sum or a difference of money
 * and therefore exact. An amount a person types ({@link #exact}) must already be in the minor unit; a finer one is
 * refused rather than rounded, so that what is shown multiplies out.
 *
 * <p>In JSON, money is a decimal string ({@code "12.50"}) beside a currency code; never a binary floating-point
 * number.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (amount.scale() != scale(currency)) {
            BigDecimal scaled = amount.setScale(scale(currency), RoundingMode.UNNECESSARY);
            amount = scaled;
        }
    }

    /** The exact result of a computation, rounded by the one rule. */
    public static Money of(BigDecimal exact, Currency currency) {
        return new Money(exact.setScale(scale(currency), ROUNDING), currency);
    }

    /**
     * An amount as typed, which must already be in the currency's minor unit.
     *
     * @throws IllegalArgumentException when it has more decimal places than the currency has
     */
    public static Money exact(BigDecimal typed, Currency currency) {
        if (!fitsMinorUnit(typed, currency)) {
            throw new IllegalArgumentException(
                    "at most " + scale(currency) + " decimal places in " + currency.getCurrencyCode());
        }
        return new Money(typed, currency);
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /** Digits after the decimal point of the currency's minor unit (2 where the currency has none defined). */
    public static int scale(Currency currency) {
        int digits = currency.getDefaultFractionDigits();
        return digits < 0 ? 2 : digits;
    }

    /** Whether the value has no more decimal places than the currency's minor unit. */
    public static boolean fitsMinorUnit(BigDecimal value, Currency currency) {
        return value.stripTrailingZeros().scale() <= scale(currency);
    }

    public Money plus(Money other) {
        return new Money(amount.add(same(other).amount), currency);
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(same(other).amount), currency);
    }

    /** This amount times a factor (a quantity, hours, a rate), rounded by the one rule. */
    public Money times(BigDecimal factor) {
        return of(amount.multiply(factor), currency);
    }

    /** {@code percent} % of this amount, rounded by the one rule. */
    public Money percent(BigDecimal percent) {
        return of(amount.multiply(percent).movePointLeft(2), currency);
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    public int signum() {
        return amount.signum();
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(same(other).amount);
    }

    /** The amount as the API writes it: a plain decimal string in the minor unit, "12.50". */
    public String text() {
        return amount.toPlainString();
    }

    /** "12.50 USD". */
    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }

    private Money same(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot mix " + currency + " and " + other.currency);
        }
        return other;
    }
}
