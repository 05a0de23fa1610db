package app.pitwall.repairorders;

import app.pitwall.access.Actor;

/**
 * The moves of a repair order that billing makes ({@link RepairOrder.Move#billing()}), inside the caller's
 * transaction so that the order moves with the invoice that moved it: posting the order's last invoice marks it
 * INVOICED, a credit note that asks for it reopens it, and payments close it. Staff never request these moves as
 * transitions. The order is read locked within the actor's scope; another tenant's or location's order is "not found".
 */
public interface OrderBilling {

    /** READY → INVOICED: the last of the order's invoices was posted. */
    RepairOrder invoiced(Actor actor, RepairOrderId id);

    /** INVOICED or CLOSED → IN_PROGRESS: a credit note reopened the order for correction, with its reason. */
    RepairOrder reopen(Actor actor, RepairOrderId id, String reason);

    /** INVOICED → CLOSED: everything billed is paid or written off. */
    RepairOrder close(Actor actor, RepairOrderId id);
}
