package app.pitwall.repairorders;

import static app.pitwall.repairorders.LineRules.*;

import java.math.BigDecimal;

/** A discount: a {@code percent} of, or an {@code amount} off, the job's labor or parts subtotal ({@code discountTarget}). */
public record DiscountLine(
        LineId id, String description, TaxClass discountTarget, BigDecimal percent, BigDecimal amount) implements Line {

    public DiscountLine {
        LineRules.description(description);
        require(discountTarget != null, "discountTarget", "required: LABOR or PARTS");
        require((percent == null) != (amount == null), "amount", "give a percent or an amount");
        if (percent != null) {
            percentage(percent);
            require(percent.signum() > 0, "percent", "must be more than 0");
        } else {
            positive(amount, "amount", MAX_AMOUNT, 4);
        }
    }

    @Override
    public Kind kind() {
        return Kind.DISCOUNT;
    }

    /** The subtotal it takes from. */
    @Override
    public TaxClass taxClass() {
        return discountTarget;
    }

    @Override
    public DiscountLine withId(LineId newId) {
        return new DiscountLine(newId, description, discountTarget, percent, amount);
    }
}
