package app.pitwall.billing.internal;

import app.pitwall.billing.Invoice;
import app.pitwall.repairorders.OrderBilling;
import app.pitwall.repairorders.RepairOrder;
import app.pitwall.repairorders.RepairOrderEvents.RepairOrderMoved;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * An order whose every approved job was billed by progress invoices while it was in progress has no last invoice to
 * post once it is READY: when it becomes READY (after that committed), this moves it to INVOICED if it has a posted
 * invoice, no draft and nothing left to bill. Idempotent: the check is made on the order as it is then.
 */
@Component
class ProgressBilledOrders {

    private final InvoiceRows rows;
    private final OrderBilling orderBilling;

    ProgressBilledOrders(InvoiceRows rows, OrderBilling orderBilling) {
        this.rows = rows;
        this.orderBilling = orderBilling;
    }

    @ApplicationModuleListener
    void on(RepairOrderMoved moved) {
        if (moved.to() != RepairOrder.Status.READY) {
            return;
        }
        List<Invoice> documents = rows.ofOrder(moved.tenantId(), moved.repairOrderId());
        boolean posted = documents.stream()
                .anyMatch(doc ->
                        doc.status() == Invoice.Status.POSTED && doc.header().document() == Invoice.Document.INVOICE);
        if (!posted) {
            return;
        }
        BilledWork billed = new BilledWork(documents, rows);
        orderBilling.invoicedIfFullyBilled(
                moved.tenantId(),
                moved.repairOrderId(),
                moved.actorId(),
                order -> !billed.anyDraft() && billed.unbilled(order).isEmpty());
    }
}
