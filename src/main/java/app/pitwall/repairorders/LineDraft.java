package app.pitwall.repairorders;

import app.pitwall.platform.InvalidInputException;
import app.pitwall.shopsetup.LaborRateId;
import java.math.BigDecimal;

/**
 * A line item as staff write it, every kind's fields side by side: for a new line every field its kind needs (see
 * {@link Line}); for a change only the fields to change. It is also the flat form a line is stored and shown in
 * ({@link #of}). A labor line may name a {@code laborRateId} of the order's location instead of a rate; with hours but
 * neither, the location's default rate applies. Shop supplies without percent or cap take the tenant's settings.
 * Without {@code taxable}, everything is taxable except environmental fees. A part's {@code condition} is optional.
 * Code that knows the kind builds a draft with its factory ({@link #labor}, {@link #part}, {@link #fee}, {@link
 * #discount}); the canonical constructor is for input whose kind is not yet known (an API body, a stored row).
 */
public record LineDraft(
        Line.Kind kind,
        String description,
        String partNumber,
        PartLine.Condition condition,
        BigDecimal quantity,
        BigDecimal unitCost,
        BigDecimal unitPrice,
        BigDecimal hours,
        BigDecimal rate,
        LaborRateId laborRateId,
        BigDecimal amount,
        BigDecimal percent,
        BigDecimal cap,
        Line.FeeKind feeKind,
        Line.TaxClass discountTarget,
        Boolean taxable) {

    /** A labor line of {@code hours} at the default rate of the order's location. */
    public static LineDraft labor(String description, BigDecimal hours) {
        return labor(description, hours, null, null, null, null);
    }

    /** A labor line of {@code hours} at the given rate of the order's location. */
    public static LineDraft labor(String description, BigDecimal hours, LaborRateId laborRateId) {
        return labor(description, hours, null, laborRateId, null, null);
    }

    /** A labor line: {@code hours} at a typed {@code rate} or a location's {@code laborRateId}, or a flat amount. */
    public static LineDraft labor(
            String description,
            BigDecimal hours,
            BigDecimal rate,
            LaborRateId laborRateId,
            BigDecimal amount,
            Boolean taxable) {
        return new LineDraft(
                Line.Kind.LABOR,
                description,
                null,
                null,
                null,
                null,
                null,
                hours,
                rate,
                laborRateId,
                amount,
                null,
                null,
                null,
                null,
                taxable);
    }

    /** A taxable part in no stated condition. */
    public static LineDraft part(
            String description, String partNumber, BigDecimal quantity, BigDecimal unitCost, BigDecimal unitPrice) {
        return part(description, partNumber, null, quantity, unitCost, unitPrice, null);
    }

    /** A part; its condition may be null (not stated). */
    public static LineDraft part(
            String description,
            String partNumber,
            PartLine.Condition condition,
            BigDecimal quantity,
            BigDecimal unitCost,
            BigDecimal unitPrice,
            Boolean taxable) {
        return new LineDraft(
                Line.Kind.PART,
                description,
                partNumber,
                condition,
                quantity,
                unitCost,
                unitPrice,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                taxable);
    }

    /** A fee of the given kind; shop supplies without percent or cap take the tenant's settings. */
    public static LineDraft fee(String description, Line.FeeKind feeKind) {
        return fee(description, feeKind, null, null, null, null, null);
    }

    /** A fee: shop supplies as {@code percent} up to {@code cap}, or an {@code amount} (a sublet's cost as unit cost). */
    public static LineDraft fee(
            String description,
            Line.FeeKind feeKind,
            BigDecimal percent,
            BigDecimal cap,
            BigDecimal amount,
            BigDecimal unitCost,
            Boolean taxable) {
        return new LineDraft(
                Line.Kind.FEE,
                description,
                null,
                null,
                null,
                unitCost,
                null,
                null,
                null,
                null,
                amount,
                percent,
                cap,
                feeKind,
                null,
                taxable);
    }

    /** A discount of {@code percent} or an {@code amount} off the {@code target} subtotal. */
    public static LineDraft discount(String description, Line.TaxClass target, BigDecimal percent, BigDecimal amount) {
        return new LineDraft(
                Line.Kind.DISCOUNT,
                description,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                amount,
                percent,
                null,
                null,
                target,
                false);
    }

    /** The flat form of a line: its kind's fields set, the others null. */
    public static LineDraft of(Line line) {
        if (line instanceof LaborLine labor) {
            return labor(
                    labor.description(),
                    labor.hours(),
                    labor.rate(),
                    labor.laborRateId(),
                    labor.amount(),
                    labor.taxable());
        }
        if (line instanceof PartLine part) {
            return part(
                    part.description(),
                    part.partNumber(),
                    part.condition(),
                    part.quantity(),
                    part.unitCost(),
                    part.unitPrice(),
                    part.taxable());
        }
        if (line instanceof FeeLine fee) {
            return fee(
                    fee.description(),
                    fee.feeKind(),
                    fee.percent(),
                    fee.cap(),
                    fee.amount(),
                    fee.unitCost(),
                    fee.taxable());
        }
        DiscountLine discount = (DiscountLine) line;
        return discount(discount.description(), discount.discountTarget(), discount.percent(), discount.amount());
    }

    /**
     * The line this draft describes, under {@code id}. Shop supplies without a percent or cap take the given
     * defaults; a labor line with hours and no rate waits for the location's default rate ({@link
     * LaborLine#awaitsRate()}); a labor rate named by id is resolved by the caller, which knows the location.
     */
    public Line toLine(LineId id, BigDecimal suppliesPercent, BigDecimal suppliesCap) {
        if (kind == null) {
            throw new InvalidInputException("kind", "required: LABOR, PART, FEE or DISCOUNT");
        }
        if (condition != null && kind != Line.Kind.PART) {
            throw new InvalidInputException("condition", "only a part line states a condition");
        }
        return switch (kind) {
            case LABOR -> new LaborLine(id, description, hours, rate, null, amount, taxable == null || taxable);
            case PART ->
                new PartLine(
                        id,
                        description,
                        partNumber,
                        condition,
                        quantity,
                        unitCost,
                        unitPrice,
                        taxable == null || taxable);
            case FEE -> {
                boolean supplies = feeKind == Line.FeeKind.SHOP_SUPPLIES;
                yield new FeeLine(
                        id,
                        description,
                        feeKind,
                        supplies && percent == null ? suppliesPercent : percent,
                        supplies && cap == null ? suppliesCap : cap,
                        amount,
                        unitCost,
                        taxable != null ? taxable : feeKind != Line.FeeKind.ENVIRONMENTAL);
            }
            case DISCOUNT -> new DiscountLine(id, description, discountTarget, percent, amount);
        };
    }

    /**
     * The line {@code current} with this draft's fields applied; switching between hourly and flat labor, or between a
     * percent and an amount of discount, clears the other. The kind stays.
     */
    public Line applyTo(Line current) {
        if (kind != null && kind != current.kind()) {
            throw new InvalidInputException("kind", "a line keeps its kind; remove it and add a new one");
        }
        LineDraft now = of(current);
        boolean hourly = hours != null || rate != null || laborRateId != null;
        boolean flat = amount != null && !hourly;
        boolean labor = current.kind() == Line.Kind.LABOR;
        boolean discount = current.kind() == Line.Kind.DISCOUNT;
        LineDraft merged = new LineDraft(
                now.kind,
                pick(description, now.description),
                pick(partNumber, now.partNumber),
                pick(condition, now.condition),
                pick(quantity, now.quantity),
                pick(unitCost, now.unitCost),
                pick(unitPrice, now.unitPrice),
                labor && flat ? null : pick(hours, now.hours),
                labor && flat ? null : pick(rate, now.rate),
                labor && (flat || rate != null) ? null : now.laborRateId,
                labor && hourly ? null : discount && percent != null ? null : pick(amount, now.amount),
                discount && amount != null ? null : pick(percent, now.percent),
                pick(cap, now.cap),
                now.feeKind,
                discount ? pick(discountTarget, now.discountTarget) : null,
                pick(taxable, now.taxable));
        Line line = merged.toLine(current.id(), null, null);
        return line instanceof LaborLine labored && merged.laborRateId != null
                ? labored.withRate(labored.rate(), merged.laborRateId)
                : line;
    }

    private static <T> T pick(T change, T current) {
        return change != null ? change : current;
    }
}
