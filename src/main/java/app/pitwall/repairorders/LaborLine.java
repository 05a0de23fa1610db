package app.pitwall.repairorders;

import static app.pitwall.repairorders.LineRules.*;

import app.pitwall.shopsetup.LaborRateId;
import java.math.BigDecimal;

/**
 * Labor: {@code hours} × {@code rate}, or a flat {@code amount}. The rate is copied from one of the location's labor
 * rates ({@code laborRateId}) or typed. A canned job may keep hours without a rate: the location's default rate is
 * taken when the job is added to an order, and an order never holds such a line ({@link Pricing#checked}).
 */
public record LaborLine(
        LineId id,
        String description,
        BigDecimal hours,
        BigDecimal rate,
        LaborRateId laborRateId,
        BigDecimal amount,
        boolean taxable)
        implements Line {

    public LaborLine {
        LineRules.description(description);
        require(hours != null || amount != null, "hours", "give hours and a rate, or a flat amount");
        require(hours == null || amount == null, "amount", "give hours or a flat amount, not both");
        require(hours != null || rate == null, "rate", "a flat amount has no rate");
        positive(hours, "hours", new BigDecimal("999.99"), 2);
        notNegative(rate, "rate", 4);
        notNegative(amount, "amount", 4);
        if (hours == null) {
            laborRateId = null;
        }
    }

    public static LaborLine hourly(LineId id, String description, BigDecimal hours, BigDecimal rate, boolean taxable) {
        return new LaborLine(id, description, hours, rate, null, null, taxable);
    }

    public static LaborLine flat(LineId id, String description, BigDecimal amount, boolean taxable) {
        return new LaborLine(id, description, null, null, null, amount, taxable);
    }

    /** Whether it is priced by the hour rather than flat. */
    public boolean hourly() {
        return hours != null;
    }

    /** Whether it still waits for the location's default rate (a canned job's line). */
    public boolean awaitsRate() {
        return hours != null && rate == null;
    }

    /** The same hours at a rate copied from a labor rate of the location (or typed, {@code from} null). */
    public LaborLine withRate(BigDecimal newRate, LaborRateId from) {
        return new LaborLine(id, description, hours, newRate, from, amount, taxable);
    }

    @Override
    public Kind kind() {
        return Kind.LABOR;
    }

    @Override
    public TaxClass taxClass() {
        return taxable ? TaxClass.LABOR : null;
    }

    @Override
    public LaborLine withId(LineId newId) {
        return new LaborLine(newId, description, hours, rate, laborRateId, amount, taxable);
    }
}
