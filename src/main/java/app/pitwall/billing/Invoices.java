package app.pitwall.billing;

import app.pitwall.access.Actor;
import app.pitwall.platform.Page;
import app.pitwall.repairorders.RepairOrderId;
import java.util.List;
import java.util.Optional;

/**
 * Invoices and credit notes as staff work them: always within the actor's tenant and locations (anything else is
 * "not found"), versioned against lost updates ({@code expectedVersion}, if given and not current, is refused as
 * stale), announced as {@link BillingEvents}.
 */
public interface Invoices {

    /** Documents matching the query, newest first. */
    Page<Invoice> list(Actor actor, InvoiceQuery query, int limit, String cursor);

    Optional<Invoice> find(Actor actor, InvoiceId id);

    /** The documents drafted together with this one, itself included, in the order of the split. */
    List<Invoice> siblings(Actor actor, Invoice invoice);

    /**
     * Drafts the invoices of an order in READY (or IN_PROGRESS, for a progress invoice of its finished jobs): its
     * approved jobs not yet on another invoice, split as asked. {@code expectedOrderVersion} is the order's.
     */
    List<Invoice> draft(
            Actor actor, RepairOrderId order, InvoiceRequests.Draft request, Integer expectedOrderVersion);

    /** Changes a draft's notes. */
    Invoice change(Actor actor, InvoiceId id, String notes, Integer expectedVersion);

    /** Deletes a draft. */
    void delete(Actor actor, InvoiceId id, Integer expectedVersion);

    /**
     * Posts a draft: every check the tenant's settings turn on must pass (a refusal lists all that failed), then it
     * takes the next number of its series. Posting an order's last draft moves the order to INVOICED.
     */
    Invoice post(Actor actor, InvoiceId id, Integer expectedVersion);

    /** Issues and posts a credit note against a posted invoice; answers the credit note. */
    Invoice credit(Actor actor, InvoiceId id, InvoiceRequests.Credit request, Integer expectedVersion);
}
