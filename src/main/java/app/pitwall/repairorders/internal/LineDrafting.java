package app.pitwall.repairorders.internal;

import app.pitwall.platform.InvalidInputException;
import app.pitwall.platform.TenantId;
import app.pitwall.repairorders.LaborLine;
import app.pitwall.repairorders.Line;
import app.pitwall.repairorders.LineDraft;
import app.pitwall.repairorders.LineId;
import app.pitwall.repairorders.NoDefaultLaborRateException;
import app.pitwall.shopsetup.LaborRate;
import app.pitwall.shopsetup.LaborRateId;
import app.pitwall.shopsetup.ShopReference;
import app.pitwall.shopsetup.WorkOrderSettings;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Turns what staff write about a line ({@link LineDraft#toLine}, the one way a draft becomes a line) into a line of an
 * order at a location: a labor rate named by id, or the location's default for hours without a rate, is copied into
 * the line; shop supplies take the tenant's percentage and cap unless given.
 */
@Component
class LineDrafting {

    private final ShopReference setup;

    LineDrafting(ShopReference setup) {
        this.setup = setup;
    }

    Line newLine(TenantId tenant, UUID location, LineDraft draft, WorkOrderSettings settings) {
        Line line = draft.toLine(LineId.random(), settings.shopSuppliesPercent(), settings.shopSuppliesCap());
        return withRate(tenant, location, line, draft.laborRateId());
    }

    /**
     * The line with the fields of {@code change} applied (see {@link LineDraft#applyTo}), a newly named labor rate
     * copied in.
     */
    Line changed(TenantId tenant, UUID location, Line current, LineDraft change) {
        return withRate(tenant, location, change.applyTo(current), change.laborRateId());
    }

    private Line withRate(TenantId tenant, UUID location, Line line, LaborRateId named) {
        if (!(line instanceof LaborLine labor) || !labor.hourly()) {
            return line;
        }
        if (named != null) {
            LaborRate rate = setup.laborRate(tenant, named)
                    .filter(found -> found.locationId().equals(location) && found.active())
                    .orElseThrow(() -> new InvalidInputException("laborRateId", "no such labor rate at this location"));
            return labor.withRate(rate.hourlyRate(), rate.id());
        }
        if (labor.awaitsRate()) {
            LaborRate rate = setup.defaultLaborRate(tenant, location)
                    .orElseThrow(() -> new NoDefaultLaborRateException(location));
            return labor.withRate(rate.hourlyRate(), rate.id());
        }
        return line;
    }
}
