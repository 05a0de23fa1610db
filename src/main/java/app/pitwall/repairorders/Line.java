package app.pitwall.repairorders;

import app.pitwall.platform.CardNumbers;
import app.pitwall.platform.InvalidInputException;
import app.pitwall.shopsetup.LaborRateId;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One line item of a job. Which fields are set depends on the {@link Kind}:
 *
 * <ul>
 *   <li>{@code LABOR}: {@code hours} × {@code rate} (the rate copied from a location labor rate, or typed), or a flat
 *       {@code amount};
 *   <li>{@code PART}: {@code quantity} × {@code unitPrice}, with {@code partNumber} and {@code unitCost} (cost is
 *       never shown to customers or technicians);
 *   <li>{@code FEE}: shop supplies as {@code percent} of the job's labor and parts, at most {@code cap}; an
 *       environmental fee or a sublet as an {@code amount} (a sublet's cost in {@code unitCost});
 *   <li>{@code DISCOUNT}: a {@code percent} of, or an {@code amount} off, the labor or parts subtotal ({@code
 *       discountTarget}).
 * </ul>
 *
 * A line is a value: a change replaces it. {@link #validated()} checks the rules that need no currency; {@link
 * Pricing} checks amounts against the currency's minor unit and computes what the line comes to.
 */
public record Line(
        LineId id,
        Kind kind,
        String description,
        String partNumber,
        BigDecimal quantity,
        BigDecimal unitCost,
        BigDecimal unitPrice,
        BigDecimal hours,
        BigDecimal rate,
        LaborRateId laborRateId,
        BigDecimal amount,
        BigDecimal percent,
        BigDecimal cap,
        FeeKind feeKind,
        TaxClass discountTarget,
        boolean taxable) {

    static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000");
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    /** What a line is. */
    public enum Kind {
        LABOR,
        PART,
        FEE,
        DISCOUNT
    }

    /** The three fees a shop charges on a job. */
    public enum FeeKind {
        /** Rags, cleaners, small hardware: a percentage of labor and parts, capped. Taxed like parts. */
        SHOP_SUPPLIES,
        /** Disposal of oil, coolant, tyres: a fixed amount. Taxed like parts when taxable (default exempt). */
        ENVIRONMENTAL,
        /** Work bought from another shop: a fixed amount. Taxed like labor. */
        SUBLET
    }

    /** The two tax bases of a job; every taxable amount belongs to one. */
    public enum TaxClass {
        LABOR,
        PARTS
    }

    /** The tax base this line adds to (or, for a discount, takes from); null when exempt. */
    public TaxClass taxClass() {
        if (kind == Kind.DISCOUNT) {
            return discountTarget;
        }
        if (!taxable) {
            return null;
        }
        return switch (kind) {
            case LABOR -> TaxClass.LABOR;
            case PART -> TaxClass.PARTS;
            case FEE -> feeKind == FeeKind.SUBLET ? TaxClass.LABOR : TaxClass.PARTS;
            case DISCOUNT -> discountTarget;
        };
    }

    /** Whether a labor line is priced by the hour rather than flat. */
    public boolean hourly() {
        return kind == Kind.LABOR && hours != null;
    }

    public Line withId(LineId newId) {
        return new Line(
                newId,
                kind,
                description,
                partNumber,
                quantity,
                unitCost,
                unitPrice,
                hours,
                rate,
                laborRateId,
                amount,
                percent,
                cap,
                feeKind,
                discountTarget,
                taxable);
    }

    public Line withRate(BigDecimal newRate, LaborRateId from) {
        return new Line(
                id,
                kind,
                description,
                partNumber,
                quantity,
                unitCost,
                unitPrice,
                hours,
                newRate,
                from,
                amount,
                percent,
                cap,
                feeKind,
                discountTarget,
                taxable);
    }

    /** Checks the shape of the line for its kind; the field named in a refusal is the JSON field. */
    public Line validated() {
        require(kind != null, "kind", "required");
        require(description != null && !description.isBlank(), "description", "required");
        require(description.length() <= 300, "description", "at most 300 characters");
        require(!CardNumbers.containsCardNumber(description), "description", "looks like a payment card number");
        require(partNumber == null || partNumber.length() <= 60, "partNumber", "at most 60 characters");
        switch (kind) {
            case LABOR -> {
                require(hours == null || rate != null, "rate", "required with hours (or give laborRateId)");
                require(hours != null || amount != null, "hours", "give hours and a rate, or a flat amount");
                require(hours == null || amount == null, "amount", "give hours or a flat amount, not both");
                positive(hours, "hours", new BigDecimal("999.99"), 2);
                notNegative(rate, "rate", 4);
                notNegative(amount, "amount", 4);
            }
            case PART -> {
                require(quantity != null, "quantity", "required");
                require(unitPrice != null, "unitPrice", "required");
                positive(quantity, "quantity", new BigDecimal("99999"), 3);
                notNegative(unitPrice, "unitPrice", 4);
                notNegative(unitCost, "unitCost", 4);
            }
            case FEE -> {
                require(feeKind != null, "feeKind", "required");
                if (feeKind == FeeKind.SHOP_SUPPLIES) {
                    require(percent != null, "percent", "required for shop supplies");
                    require(cap != null, "cap", "required for shop supplies");
                    percentage(percent);
                    notNegative(cap, "cap", 4);
                } else {
                    require(amount != null, "amount", "required");
                    notNegative(amount, "amount", 4);
                    notNegative(unitCost, "unitCost", 4);
                }
            }
            case DISCOUNT -> {
                require(discountTarget != null, "discountTarget", "required: LABOR or PARTS");
                require((percent == null) != (amount == null), "amount", "give a percent or an amount");
                if (percent != null) {
                    percentage(percent);
                    require(percent.signum() > 0, "percent", "must be more than 0");
                } else {
                    positive(amount, "amount", MAX_AMOUNT, 4);
                }
            }
        }
        return this;
    }

    /** The line's own fields (not what it comes to), for events and the audit trail. */
    public Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("kind", kind.name());
        fields.put("description", description);
        put(fields, "partNumber", partNumber);
        put(fields, "quantity", quantity);
        put(fields, "unitCost", unitCost);
        put(fields, "unitPrice", unitPrice);
        put(fields, "hours", hours);
        put(fields, "rate", rate);
        put(fields, "laborRateId", laborRateId == null ? null : laborRateId.value());
        put(fields, "amount", amount);
        put(fields, "percent", percent);
        put(fields, "cap", cap);
        put(fields, "feeKind", feeKind);
        put(fields, "discountTarget", discountTarget);
        fields.put("taxable", taxable);
        return fields;
    }

    private static void put(Map<String, Object> fields, String name, Object value) {
        if (value instanceof BigDecimal number) {
            fields.put(name, number.stripTrailingZeros().toPlainString());
        } else if (value instanceof Enum<?> constant) {
            fields.put(name, constant.name());
        } else if (value != null) {
            fields.put(name, value);
        }
    }

    private static void percentage(BigDecimal percent) {
        require(percent.signum() >= 0 && percent.compareTo(HUNDRED) <= 0, "percent", "must be between 0 and 100");
        require(percent.stripTrailingZeros().scale() <= 4, "percent", "at most 4 decimal places");
    }

    private static void positive(BigDecimal value, String field, BigDecimal max, int scale) {
        if (value != null) {
            require(value.signum() > 0, field, "must be more than 0");
            require(value.compareTo(max) <= 0, field, "must be at most " + max.toPlainString());
            require(value.stripTrailingZeros().scale() <= scale, field, "at most " + scale + " decimal places");
        }
    }

    private static void notNegative(BigDecimal value, String field, int scale) {
        if (value != null) {
            require(value.signum() >= 0, field, "must not be negative");
            require(value.compareTo(MAX_AMOUNT) <= 0, field, "must be at most " + MAX_AMOUNT.toPlainString());
            require(value.stripTrailingZeros().scale() <= scale, field, "at most " + scale + " decimal places");
        }
    }

    private static void require(boolean condition, String field, String message) {
        if (!condition) {
            throw new InvalidInputException(field, message);
        }
    }
}
