package app.pitwall.billing.internal;

import app.pitwall.access.Actor;
import app.pitwall.access.Scope;
import app.pitwall.billing.Invoice;
import app.pitwall.billing.InvoiceId;
import app.pitwall.billing.InvoiceQuery;
import app.pitwall.billing.InvoiceRequests;
import app.pitwall.billing.Invoices;
import app.pitwall.platform.Cursor;
import app.pitwall.platform.NotFoundException;
import app.pitwall.platform.Page;
import app.pitwall.repairorders.RepairOrderId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Invoices for one actor: each use case in one transaction, inside the actor's tenant and locations. */
@Service
@Transactional
class InvoiceService implements Invoices {

    private final InvoiceRows rows;
    private final Drafting drafting;
    private final Posting posting;
    private final Crediting crediting;
    private final ApplicationEventPublisher events;

    InvoiceService(
            InvoiceRows rows,
            Drafting drafting,
            Posting posting,
            Crediting crediting,
            ApplicationEventPublisher events) {
        this.rows = rows;
        this.drafting = drafting;
        this.posting = posting;
        this.crediting = crediting;
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<Invoice> list(Actor actor, InvoiceQuery query, int limit, String cursor) {
        Cursor after = Cursor.decode(cursor);
        Instant at = null;
        if (after != null) {
            try {
                at = Instant.parse(after.key());
            } catch (java.time.format.DateTimeParseException e) {
                throw new app.pitwall.platform.InvalidInputException("cursor", "not a cursor this service issued");
            }
        }
        List<Invoice> found = rows.list(Scope.of(actor), query, limit + 1, at, after == null ? null : after.id());
        return Cursor.page(
                found, limit, last -> new Cursor(last.header().createdAt().toString(), last.id().value()));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Invoice> find(Actor actor, InvoiceId id) {
        return rows.find(Scope.of(actor), id, false);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Invoice> siblings(Actor actor, Invoice invoice) {
        return rows.ofGroup(Scope.of(actor), invoice.header().splitGroup()).stream()
                .filter(doc -> doc.header().document() == invoice.header().document())
                .toList();
    }

    @Override
    public List<Invoice> draft(
            Actor actor, RepairOrderId order, InvoiceRequests.Draft request, Integer expectedOrderVersion) {
        return drafting.draft(actor, order, request, expectedOrderVersion);
    }

    @Override
    public Invoice change(Actor actor, InvoiceId id, String notes, Integer expectedVersion) {
        Invoice invoice = locked(actor, id, expectedVersion);
        invoice.describe(notes, actor.userId());
        List<?> news = invoice.drainEvents();
        if (!news.isEmpty()) {
            invoice.saved(invoice.version() + 1);
            rows.updateNotes(invoice);
            news.forEach(events::publishEvent);
        }
        return invoice;
    }

    @Override
    public void delete(Actor actor, InvoiceId id, Integer expectedVersion) {
        Invoice invoice = locked(actor, id, expectedVersion);
        invoice.delete(actor.userId());
        rows.delete(invoice);
        invoice.drainEvents().forEach(events::publishEvent);
    }

    @Override
    public Invoice post(Actor actor, InvoiceId id, Integer expectedVersion) {
        return posting.post(actor, id, expectedVersion);
    }

    @Override
    public Invoice credit(Actor actor, InvoiceId id, InvoiceRequests.Credit request, Integer expectedVersion) {
        return crediting.credit(actor, id, request, expectedVersion);
    }

    private Invoice locked(Actor actor, InvoiceId id, Integer expectedVersion) {
        Invoice invoice = rows.find(Scope.of(actor), id, true).orElseThrow(() -> new NotFoundException("Invoice"));
        Versions.check(expectedVersion, invoice.version(), "invoice");
        invoice.requireDraft();
        return invoice;
    }
}
