package app.pitwall.billing.internal;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.access.Scope;
import app.pitwall.billing.BillingSettings;
import app.pitwall.billing.CreditNotes;
import app.pitwall.billing.Invoice;
import app.pitwall.billing.InvoiceId;
import app.pitwall.billing.InvoiceRequests;
import app.pitwall.platform.ConflictException;
import app.pitwall.platform.ForbiddenException;
import app.pitwall.platform.Money;
import app.pitwall.platform.NotFoundException;
import app.pitwall.platform.web.ProblemType;
import app.pitwall.repairorders.OrderBilling;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Issues credit notes: against a posted invoice only, never more than is left uncredited, above the tenant's advisor
 * limit only with {@code invoices:credit-above-limit}; posted and numbered in the credit-note series at once, and
 * reopening the order for correction only when asked. The credited invoice's row is locked, so concurrent credits
 * are counted one after the other. Runs in the caller's transaction.
 */
@Component
class Crediting {

    private final InvoiceRows rows;
    private final Posting posting;
    private final BillingSettingsRows settings;
    private final OrderBilling orderBilling;
    private final Clock clock;

    Crediting(
            InvoiceRows rows,
            Posting posting,
            BillingSettingsRows settings,
            OrderBilling orderBilling,
            Clock clock) {
        this.rows = rows;
        this.posting = posting;
        this.settings = settings;
        this.orderBilling = orderBilling;
        this.clock = clock;
    }

    Invoice credit(Actor actor, InvoiceId id, InvoiceRequests.Credit request, Integer expectedVersion) {
        Invoice invoice = rows.find(Scope.of(actor), id, true).orElseThrow(() -> new NotFoundException("Invoice"));
        Versions.check(expectedVersion, invoice.version(), "invoice");
        if (invoice.status() != Invoice.Status.POSTED || invoice.header().document() != Invoice.Document.INVOICE) {
            throw new ConflictException(
                    ProblemType.NOT_POSTED,
                    invoice.status() == Invoice.Status.DRAFT
                            ? "A draft is not credited: change or delete it."
                            : "A credit note is not credited again.");
        }
        List<Invoice> earlier = rows.creditsOf(actor.tenantId(), id);
        CreditNotes.Credit credit =
                CreditNotes.of(invoice, earlier, request.linePositions(), request.amount());
        BillingSettings rules = settings.read(actor.tenantId(), false).settings();
        Money credited = Money.zero(credit.amounts().currency()).minus(credit.amounts().total());
        if (credited.amount().compareTo(rules.advisorCreditLimit()) > 0
                && !actor.can(Permission.INVOICES_CREDIT_ABOVE_LIMIT)) {
            throw new ForbiddenException(
                    ProblemType.CREDIT_ABOVE_LIMIT,
                    "A credit of " + credited + " is above the " + rules.advisorCreditLimit().toPlainString()
                            + " a service advisor may credit; a manager or the owner issues it.");
        }
        Invoice.Header h = invoice.header();
        Invoice note = Invoice.creditNote(
                new Invoice.Header(
                        h.tenantId(),
                        InvoiceId.random(),
                        Invoice.Document.CREDIT_NOTE,
                        h.orderId(),
                        h.orderNumber(),
                        h.locationId(),
                        h.customerId(),
                        h.vehicleId(),
                        h.splitGroup(),
                        h.progress(),
                        invoice.id(),
                        clock.instant(),
                        actor.userId()),
                invoice,
                credit.lines(),
                credit.amounts(),
                request.reason());
        rows.insert(note);
        posting.numberAndSave(actor, note, rules);
        if (request.reopen()) {
            orderBilling.reopen(actor, h.orderId(), note.reason());
        }
        return note;
    }
}
