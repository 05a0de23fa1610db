package app.pitwall.repairorders;

import app.pitwall.shopsetup.LaborRateId;
import java.math.BigDecimal;

/**
 * A line item as staff write it: for a new line every field the kind needs (see {@link Line}); for a change only the
 * fields to change. A labor line may name a {@code laborRateId} of the order's location instead of a rate; with hours
 * but neither, the location's default rate applies. Shop supplies without percent or cap take the tenant's settings.
 * Without {@code taxable}, everything is taxable except environmental fees.
 */
public record LineDraft(
        Line.Kind kind,
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
        Line.FeeKind feeKind,
        Line.TaxClass discountTarget,
        Boolean taxable) {

    /** The draft of an existing line, as a canned job keeps it. */
    public static LineDraft of(Line line) {
        return new LineDraft(
                line.kind(),
                line.description(),
                line.partNumber(),
                line.quantity(),
                line.unitCost(),
                line.unitPrice(),
                line.hours(),
                line.rate(),
                line.laborRateId(),
                line.amount(),
                line.percent(),
                line.cap(),
                line.feeKind(),
                line.discountTarget(),
                line.taxable());
    }
}
