package app.pitwall.repairorders;

import static app.pitwall.repairorders.LineRules.*;

import java.math.BigDecimal;

/**
 * A part: {@code quantity} × {@code unitPrice}; the unit cost is the shop's and never shown to customers. Its {@code
 * condition} (new, used, rebuilt...) is optional here; a location may require it before an invoice is posted
 * (California 16 CCR 3356 asks an invoice to say whether each part is new, used, rebuilt or reconditioned).
 */
public record PartLine(
        LineId id,
        String description,
        String partNumber,
        Condition condition,
        BigDecimal quantity,
        BigDecimal unitCost,
        BigDecimal unitPrice,
        boolean taxable)
        implements Line {

    public PartLine {
        LineRules.description(description);
        LineRules.partNumber(partNumber);
        require(quantity != null, "quantity", "required");
        require(unitPrice != null, "unitPrice", "required");
        positive(quantity, "quantity", new BigDecimal("99999"), 3);
        notNegative(unitPrice, "unitPrice", 4);
        notNegative(unitCost, "unitCost", 4);
    }

    @Override
    public Kind kind() {
        return Kind.PART;
    }

    @Override
    public TaxClass taxClass() {
        return taxable ? TaxClass.PARTS : null;
    }

    @Override
    public PartLine withId(LineId newId) {
        return new PartLine(newId, description, partNumber, condition, quantity, unitCost, unitPrice, taxable);
    }

    /** What state a part is in, as an invoice must state it. */
    public enum Condition {
        NEW,
        USED,
        REBUILT,
        RECONDITIONED,
        /** New, from the vehicle's manufacturer. */
        OEM,
        /** New, from another maker than the vehicle's. */
        AFTERMARKET
    }
}
