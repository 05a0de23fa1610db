package app.pitwall.support;

import app.pitwall.repairorders.Line;
import app.pitwall.repairorders.LineId;
import java.math.BigDecimal;

/** Line items for tests, one factory per kind, each with a fresh id. */
public final class Lines {

    private Lines() {}

    public static Line labor(String description, BigDecimal hours, BigDecimal rate, boolean taxable) {
        return new Line(
                LineId.random(),
                Line.Kind.LABOR,
                description,
                null,
                null,
                null,
                null,
                hours,
                rate,
                null,
                null,
                null,
                null,
                null,
                null,
                taxable);
    }

    public static Line flatLabor(String description, BigDecimal amount, boolean taxable) {
        return new Line(
                LineId.random(),
                Line.Kind.LABOR,
                description,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                amount,
                null,
                null,
                null,
                null,
                taxable);
    }

    public static Line part(
            String description,
            String partNumber,
            BigDecimal quantity,
            BigDecimal unitCost,
            BigDecimal unitPrice,
            boolean taxable) {
        return new Line(
                LineId.random(),
                Line.Kind.PART,
                description,
                partNumber,
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

    public static Line shopSupplies(String description, BigDecimal percent, BigDecimal cap, boolean taxable) {
        return new Line(
                LineId.random(),
                Line.Kind.FEE,
                description,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                percent,
                cap,
                Line.FeeKind.SHOP_SUPPLIES,
                null,
                taxable);
    }

    /** An environmental fee or a sublet: a fixed amount, with the sublet's cost if known. */
    public static Line fee(Line.FeeKind kind, String description, BigDecimal amount, BigDecimal cost, boolean taxable) {
        return new Line(
                LineId.random(),
                Line.Kind.FEE,
                description,
                null,
                null,
                cost,
                null,
                null,
                null,
                null,
                amount,
                null,
                null,
                kind,
                null,
                taxable);
    }

    public static Line percentDiscount(String description, BigDecimal percent, Line.TaxClass target) {
        return new Line(
                LineId.random(),
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
                percent,
                null,
                null,
                target,
                true);
    }

    public static Line amountDiscount(String description, BigDecimal amount, Line.TaxClass target) {
        return new Line(
                LineId.random(),
                Line.Kind.DISCOUNT,
                description,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                amount,
                null,
                null,
                null,
                target,
                true);
    }
}
