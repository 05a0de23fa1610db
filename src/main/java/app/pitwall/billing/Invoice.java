package app.pitwall.billing;

import app.pitwall.billing.BillingEvents.BillingEvent;
import app.pitwall.platform.CardNumbers;
import app.pitwall.platform.ConflictException;
import app.pitwall.platform.InvalidInputException;
import app.pitwall.platform.TenantId;
import app.pitwall.platform.web.ProblemType;
import app.pitwall.repairorders.RepairOrderId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An invoice, or a credit note correcting one: a document billing part of a repair order to one payer. A draft may
 * have its notes changed or be deleted; {@link #post posting} gives it the next number of its series and makes it
 * final, here and in PostgreSQL (a trigger refuses any change to a posted document or its lines). A credit note is
 * posted as it is issued. Each change registers a past-tense {@link BillingEvents} record.
 */
public final class Invoice {

    /** Where a document is in its life. */
    public enum Status {
        /** Being prepared: no number, may change or be deleted. */
        DRAFT,
        /** Numbered and final; corrected only by a credit note. */
        POSTED
    }

    /** What the document is. */
    public enum Document {
        INVOICE,
        CREDIT_NOTE
    }

    /**
     * What a document is, fixed when it is drafted.
     *
     * @param splitGroup shared by the invoices drafted together from one split (siblings)
     * @param progress whether it bills finished jobs of an order still in progress
     * @param credits the invoice a credit note corrects, null for an invoice
     */
    public record Header(
            TenantId tenantId,
            InvoiceId id,
            Document document,
            RepairOrderId orderId,
            long orderNumber,
            UUID locationId,
            UUID customerId,
            UUID vehicleId,
            UUID splitGroup,
            boolean progress,
            InvoiceId credits,
            Instant createdAt,
            UUID createdBy) {}

    /** Where a posted document sits in its series: its printed number and its place. */
    public record Numbering(String number, UUID scope, long sequence, Instant postedAt, UUID postedBy, LocalDate dueOn) {}

    private final Header header;
    private final BillTo billTo;
    private final List<InvoiceLine> lines;
    private final InvoiceAmounts amounts;
    private final String reason;
    private final List<BillingEvent> events = new ArrayList<>();
    private String notes;
    private Status status;
    private Numbering numbering;
    private int version;

    private Invoice(
            Header header,
            BillTo billTo,
            List<InvoiceLine> lines,
            InvoiceAmounts amounts,
            String notes,
            String reason,
            Status status,
            Numbering numbering,
            int version) {
        this.header = header;
        this.billTo = billTo;
        this.lines = List.copyOf(lines);
        this.amounts = amounts;
        this.notes = notes;
        this.reason = reason;
        this.status = status;
        this.numbering = numbering;
        this.version = version;
    }

    /** A new draft invoice. */
    public static Invoice draft(Header header, Splitting.Drafted drafted, String notes) {
        Invoice invoice = new Invoice(
                header, drafted.billTo(), drafted.lines(), drafted.amounts(), notes(notes), null, Status.DRAFT, null,
                0);
        invoice.events.add(new BillingEvents.InvoiceDrafted(
                header.tenantId(),
                header.id(),
                header.createdBy(),
                header.locationId(),
                header.orderId(),
                header.splitGroup(),
                drafted.billTo().party(),
                drafted.billTo().payerUuid(),
                drafted.amounts()));
        return invoice;
    }

    /** A credit note, not yet numbered: {@link #post} follows in the same transaction. */
    public static Invoice creditNote(Header header, Invoice credited, List<InvoiceLine> lines, InvoiceAmounts amounts,
            String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "required: why the invoice is credited");
        }
        if (reason.strip().length() > 500) {
            throw new InvalidInputException("reason", "at most 500 characters");
        }
        if (CardNumbers.containsCardNumber(reason)) {
            throw new InvalidInputException("reason", "looks like a payment card number; Pitwall never stores those");
        }
        return new Invoice(header, credited.billTo, lines, amounts, null, reason.strip(), Status.DRAFT, null, 0);
    }

    /** Restores a document as stored; for the repository. */
    public static Invoice restore(
            Header header,
            BillTo billTo,
            List<InvoiceLine> lines,
            InvoiceAmounts amounts,
            String notes,
            String reason,
            Status status,
            Numbering numbering,
            int version) {
        return new Invoice(header, billTo, lines, amounts, notes, reason, status, numbering, version);
    }

    /** Changes a draft's notes (null keeps them, blank clears them). */
    public void describe(String newNotes, UUID actorId) {
        requireDraft();
        String before = notes;
        if (newNotes != null) {
            notes = notes(newNotes);
        }
        if (!java.util.Objects.equals(before, notes)) {
            events.add(new BillingEvents.InvoiceChanged(
                    header.tenantId(), header.id(), actorId, header.locationId(), new BillingEvents.DraftState(before),
                    new BillingEvents.DraftState(notes)));
        }
    }

    /** Deletes a draft; it never had a number, so no number goes missing. */
    public void delete(UUID actorId) {
        requireDraft();
        events.add(new BillingEvents.InvoiceDeleted(
                header.tenantId(), header.id(), actorId, header.locationId(), header.orderId(), amounts.total()));
    }

    /** Posts the draft with the next number of its series: it is final from now on. */
    public void post(Numbering next) {
        requireDraft();
        status = Status.POSTED;
        numbering = next;
        if (header.document() == Document.CREDIT_NOTE) {
            events.add(new BillingEvents.CreditNoteIssued(
                    header.tenantId(), header.id(), next.postedBy(), header.locationId(), header.credits(),
                    next.number(), reason, amounts));
        } else {
            events.add(new BillingEvents.InvoicePosted(
                    header.tenantId(), header.id(), next.postedBy(), header.locationId(), header.orderId(),
                    next.number(), amounts));
        }
    }

    /** Refuses a change to a posted document. */
    public void requireDraft() {
        if (status == Status.POSTED) {
            throw new ConflictException(
                    ProblemType.INVOICE_POSTED,
                    "Invoice " + numbering.number() + " is posted and final; correct it with a credit note.",
                    Map.of("number", numbering.number()));
        }
    }

    private static String notes(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.strip().length() > 2000) {
            throw new InvalidInputException("notes", "at most 2000 characters");
        }
        if (CardNumbers.containsCardNumber(text)) {
            throw new InvalidInputException("notes", "looks like a payment card number; Pitwall never stores those");
        }
        return text.strip();
    }

    public Header header() {
        return header;
    }

    public InvoiceId id() {
        return header.id();
    }

    public TenantId tenantId() {
        return header.tenantId();
    }

    public BillTo billTo() {
        return billTo;
    }

    public List<InvoiceLine> lines() {
        return lines;
    }

    public InvoiceAmounts amounts() {
        return amounts;
    }

    public String notes() {
        return notes;
    }

    /** Why a credit note was issued; null for an invoice. */
    public String reason() {
        return reason;
    }

    public Status status() {
        return status;
    }

    /** The posted document's number and place in its series; null for a draft. */
    public Numbering numbering() {
        return numbering;
    }

    public int version() {
        return version;
    }

    public void saved(int newVersion) {
        version = newVersion;
    }

    /** The events registered since the document was read, in order; the list is emptied. */
    public List<BillingEvent> drainEvents() {
        List<BillingEvent> drained = List.copyOf(events);
        events.clear();
        return drained;
    }
}
