package app.pitwall.repairorders.internal;

import app.pitwall.access.Actor;
import app.pitwall.repairorders.OrderBilling;
import app.pitwall.repairorders.RepairOrder;
import app.pitwall.repairorders.RepairOrderId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The billing moves of an order, made through {@link Editing} in the billing transaction that causes them. */
@Service
@Transactional(propagation = Propagation.MANDATORY)
class OrderBillingMoves implements OrderBilling {

    private final Editing editing;

    OrderBillingMoves(Editing editing) {
        this.editing = editing;
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
}
