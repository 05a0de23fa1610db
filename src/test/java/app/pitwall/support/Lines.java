package app.pitwall.support;

import app.pitwall.repairorders.DiscountLine;
import app.pitwall.repairorders.FeeLine;
import app.pitwall.repairorders.LaborLine;
import app.pitwall.repairorders.Line;
import app.pitwall.repairorders.LineId;
import app.pitwall.repairorders.PartLine;
import java.math.BigDecimal;

/** Line items for tests, one factory per kind, each with a fresh id. */
public final class Lines {

    private Lines() {}

    public static LaborLine labor(String description, BigDecimal hours, BigDecimal rate, boolean taxable) {
        return LaborLine.hourly(LineId.random(), description, hours, rate, taxable);
    }

    public static LaborLine flatLabor(String description, BigDecimal amount, boolean taxable) {
        return LaborLine.flat(LineId.random(), description, amount, taxable);
    }

    public static PartLine part(
            String description,
            String partNumber,
            BigDecimal quantity,
            BigDecimal unitCost,
            BigDecimal unitPrice,
            boolean taxable) {
        return new PartLine(LineId.random(), description, partNumber, null, quantity, unitCost, unitPrice, taxable);
    }

    public static FeeLine shopSupplies(String description, BigDecimal percent, BigDecimal cap, boolean taxable) {
        return new FeeLine(LineId.random(), description, Line.FeeKind.SHOP_SUPPLIES, percent, cap, null, null, taxable);
    }

    /** An environmental fee or a sublet: a fixed amount, with the sublet's cost if known. */
    public static FeeLine fee(
            Line.FeeKind kind, String description, BigDecimal amount, BigDecimal cost, boolean taxable) {
        return new FeeLine(LineId.random(), description, kind, null, null, amount, cost, taxable);
    }

    public static DiscountLine percentDiscount(String description, BigDecimal percent, Line.TaxClass target) {
        return new DiscountLine(LineId.random(), description, target, percent, null);
    }

    public static DiscountLine amountDiscount(String description, BigDecimal amount, Line.TaxClass target) {
        return new DiscountLine(LineId.random(), description, target, null, amount);
    }
}
