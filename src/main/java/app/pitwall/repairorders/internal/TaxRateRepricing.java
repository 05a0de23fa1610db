package app.pitwall.repairorders.internal;

import app.pitwall.access.Scope;
import app.pitwall.repairorders.Pricing;
import app.pitwall.repairorders.RepairOrder;
import app.pitwall.repairorders.RepairOrderId;
import app.pitwall.repairorders.Stamp;
import app.pitwall.tenancy.Location;
import app.pitwall.tenancy.LocationEvents.LocationChanged;
import app.pitwall.tenancy.Tenants;
import java.time.Clock;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Prices the orders still open at a location by its tax rates once a change of them has committed (see {@link
 * RepairOrder#reprice}): a job whose total changes needs its customer's decision again, the others keep theirs, and
 * what a customer already approved stays recorded as they approved it. Orders that are ready or cancelled keep their
 * rates. The reaction reads the location's rates as they are when it runs, so a retry or a late delivery after a later
 * change sets the latest rates, and a second delivery changes nothing.
 */
@Component
class TaxRateRepricing {

    private final RepairOrderRows rows;
    private final RepairOrderStore store;
    private final Tenants tenants;
    private final Clock clock;

    TaxRateRepricing(RepairOrderRows rows, RepairOrderStore store, Tenants tenants, Clock clock) {
        this.rows = rows;
        this.store = store;
        this.tenants = tenants;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(LocationChanged changed) {
        if (!changed.taxRatesChanged()) {
            return;
        }
        Location location = tenants.location(changed.tenantId(), changed.location())
                .orElseThrow(() -> new IllegalStateException("location " + changed.location() + " vanished"));
        Stamp stamp =
                new Stamp(Stamp.Kind.SYSTEM, changed.actorId(), "Tax rates of " + location.name(), clock.instant());
        for (RepairOrderId id :
                rows.changeableAt(changed.tenantId(), changed.location().value())) {
            store.find(Scope.wholeTenant(changed.tenantId()), id, true).ifPresent(order -> {
                if (!order.status().acceptsChanges()) {
                    return;
                }
                order.reprice(rates(order.pricing(), location), stamp);
                if (order.hasNews()) {
                    store.save(order, stamp);
                }
            });
        }
    }

    private static Pricing rates(Pricing current, Location location) {
        return new Pricing(
                current.currency(),
                location.taxRates().labor(),
                location.taxRates().parts(),
                location.taxRates().fees());
    }
}
