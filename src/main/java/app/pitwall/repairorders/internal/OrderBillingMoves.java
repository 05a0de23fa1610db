package app.pitwall.repairorders.internal;

import app.pitwall.access.Actor;
import app.pitwall.access.Scope;
import app.pitwall.platform.TenantId;
import app.pitwall.repairorders.OrderBilling;
import app.pitwall.repairorders.RepairOrder;
import app.pitwall.repairorders.RepairOrderId;
import app.pitwall.repairorders.Stamp;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The billing moves of an order, made through {@link Editing} in the billing transaction that causes them. */
@Service
@Transactional(propagation = Propagation.MANDATORY)
class OrderBillingMoves implements OrderBilling {

    private final Editing editing;
    private final RepairOrderStore store;
    private final Clock clock;

    OrderBillingMoves(Editing editing, RepairOrderStore store, Clock clock) {
        this.editing = editing;
        this.store = store;
        this.clock = clock;
    }

    @Override
    public RepairOrder invoiced(Actor actor, RepairOrderId id) {
        return editing.edit(actor, id, null, (order, stamp) -> order.invoice(stamp));
    }

    @Override
    public RepairOrder reopen(Actor actor, RepairOrderId id, String reason) {
        return editing.edit(actor, id, null, (order, stamp) -> order.reopen(reason, stamp));
    }

    @Override
    public RepairOrder close(Actor actor, RepairOrderId id) {
        return editing.edit(actor, id, null, (order, stamp) -> order.close(stamp));
    }

    @Override
    public void invoicedIfFullyBilled(
            TenantId tenant, RepairOrderId id, UUID actorId, Predicate<RepairOrder> fullyBilled) {
        store.find(Scope.wholeTenant(tenant), id, true).ifPresent(order -> {
            if (order.status() != RepairOrder.Status.READY || !fullyBilled.test(order)) {
                return;
            }
            Stamp stamp = new Stamp(Stamp.Kind.SYSTEM, actorId, "Billed by progress invoices", clock.instant());
            order.invoice(stamp);
            store.save(order, stamp);
        });
    }
}
