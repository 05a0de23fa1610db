package app.pitwall.repairorders;

import static app.pitwall.repairorders.LineRules.*;

import java.math.BigDecimal;

/**
 * A fee: shop supplies as {@code percent} of the job's labor and parts, at most {@code cap}; an environmental fee or a
 * sublet as an {@code amount} (a sublet's cost as {@code unitCost}). Shop supplies and environmental fees are taxed
 * like parts, a sublet like labor; an environmental fee is exempt unless said otherwise.
 */
public record FeeLine(
        LineId id,
        String description,
        FeeKind feeKind,
        BigDecimal percent,
        BigDecimal cap,
        BigDecimal amount,
        BigDecimal unitCost,
        boolean taxable)
        implements Line {

    public FeeLine {
        LineRules.description(description);
        require(feeKind != null, "feeKind", "required");
        if (feeKind == FeeKind.SHOP_SUPPLIES) {
            require(percent != null, "percent", "required for shop supplies");
            require(cap != null, "cap", "required for shop supplies");
            percentage(percent);
            notNegative(cap, "cap", 4);
            amount = null;
            unitCost = null;
        } else {
            require(amount != null, "amount", "required");
            notNegative(amount, "amount", 4);
            notNegative(unitCost, "unitCost", 4);
            percent = null;
            cap = null;
        }
    }

    /** Whether it is a share of labor and parts rather than a fixed amount. */
    public boolean shopSupplies() {
        return feeKind == FeeKind.SHOP_SUPPLIES;
    }

    @Override
    public Kind kind() {
        return Kind.FEE;
    }

    @Override
    public TaxClass taxClass() {
        if (!taxable) {
            return null;
        }
        return feeKind == FeeKind.SUBLET ? TaxClass.LABOR : TaxClass.PARTS;
    }

    @Override
    public FeeLine withId(LineId newId) {
        return new FeeLine(newId, description, feeKind, percent, cap, amount, unitCost, taxable);
    }
}
