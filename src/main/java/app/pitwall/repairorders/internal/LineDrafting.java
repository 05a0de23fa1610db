package app.pitwall.repairorders.internal;

import app.pitwall.platform.InvalidInputException;
import app.pitwall.platform.TenantId;
import app.pitwall.repairorders.Line;
import app.pitwall.repairorders.LineDraft;
import app.pitwall.repairorders.LineId;
import app.pitwall.shopsetup.LaborRate;
import app.pitwall.shopsetup.LaborRateId;
import app.pitwall.shopsetup.ShopReference;
import app.pitwall.shopsetup.WorkOrderSettings;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Turns what staff write about a line into a {@link Line} for an order at a location: a labor rate named by id (or
 * the location's default, for hours without a rate) is copied into the line, shop supplies take the tenant's
 * percentage and cap unless given, and everything is taxable unless said otherwise, except environmental fees.
 */
@Component
class LineDrafting {

    private final ShopReference setup;

    LineDrafting(ShopReference setup) {
        this.setup = setup;
    }

    Line newLine(TenantId tenant, UUID location, LineDraft draft, WorkOrderSettings settings) {
        if (draft.kind() == null) {
            throw new InvalidInputException("kind", "required: LABOR, PART, FEE or DISCOUNT");
        }
        boolean shopSupplies = draft.kind() == Line.Kind.FEE && draft.feeKind() == Line.FeeKind.SHOP_SUPPLIES;
        Line line = new Line(
                LineId.random(),
                draft.kind(),
                draft.description(),
                draft.partNumber(),
                draft.quantity(),
                draft.unitCost(),
                draft.unitPrice(),
                draft.hours(),
                draft.rate(),
                null,
                draft.amount(),
                shopSupplies && draft.percent() == null ? settings.shopSuppliesPercent() : draft.percent(),
                shopSupplies && draft.cap() == null ? settings.shopSuppliesCap() : draft.cap(),
                draft.kind() == Line.Kind.FEE ? draft.feeKind() : null,
                draft.kind() == Line.Kind.DISCOUNT ? draft.discountTarget() : null,
                draft.taxable() != null
                        ? draft.taxable()
                        : !(draft.kind() == Line.Kind.FEE && draft.feeKind() == Line.FeeKind.ENVIRONMENTAL));
        return withRate(tenant, location, line, draft.laborRateId());
    }

    /**
     * The line with the fields of {@code change} applied; switching between hourly and flat labor, or between a
     * percent and an amount of discount, clears the other.
     */
    Line changed(TenantId tenant, UUID location, Line current, LineDraft change) {
        if (change.kind() != null && change.kind() != current.kind()) {
            throw new InvalidInputException("kind", "a line keeps its kind; remove it and add a new one");
        }
        boolean hourly = change.hours() != null || change.rate() != null || change.laborRateId() != null;
        boolean flat = change.amount() != null && !hourly;
        boolean labor = current.kind() == Line.Kind.LABOR;
        boolean discount = current.kind() == Line.Kind.DISCOUNT;
        Line line = new Line(
                current.id(),
                current.kind(),
                pick(change.description(), current.description()),
                pick(change.partNumber(), current.partNumber()),
                pick(change.quantity(), current.quantity()),
                pick(change.unitCost(), current.unitCost()),
                pick(change.unitPrice(), current.unitPrice()),
                labor && flat ? null : pick(change.hours(), current.hours()),
                labor && flat ? null : pick(change.rate(), current.rate()),
                labor && (flat || change.rate() != null) ? null : current.laborRateId(),
                labor && hourly
                        ? null
                        : discount && change.percent() != null ? null : pick(change.amount(), current.amount()),
                discount && change.amount() != null ? null : pick(change.percent(), current.percent()),
                pick(change.cap(), current.cap()),
                current.feeKind(),
                discount ? pick(change.discountTarget(), current.discountTarget()) : null,
                change.taxable() != null ? change.taxable() : current.taxable());
        return withRate(tenant, location, line, change.laborRateId());
    }

    private Line withRate(TenantId tenant, UUID location, Line line, LaborRateId named) {
        if (line.kind() != Line.Kind.LABOR) {
            return line;
        }
        if (named != null) {
            LaborRate rate = setup.laborRate(tenant, named)
                    .filter(found -> found.locationId().equals(location) && found.active())
                    .orElseThrow(() -> new InvalidInputException("laborRateId", "no such labor rate at this location"));
            return line.withRate(rate.hourlyRate(), rate.id());
        }
        if (line.hours() != null && line.rate() == null) {
            LaborRate rate = setup.laborRates(tenant, location).stream()
                    .filter(found -> found.isDefault() && found.active())
                    .findFirst()
                    .orElseThrow(() -> new InvalidInputException(
                            "rate", "required: this location has no default labor rate; give a rate or laborRateId"));
            return line.withRate(rate.hourlyRate(), rate.id());
        }
        return line;
    }

    private static <T> T pick(T change, T current) {
        return change != null ? change : current;
    }
}
