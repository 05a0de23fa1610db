package app.pitwall.billing.web;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.access.RequiresPermission;
import app.pitwall.billing.BillTo;
import app.pitwall.billing.Invoice;
import app.pitwall.billing.InvoiceId;
import app.pitwall.billing.InvoiceQuery;
import app.pitwall.billing.InvoiceRequests;
import app.pitwall.billing.Invoices;
import app.pitwall.billing.PayerId;
import app.pitwall.billing.Split;
import app.pitwall.billing.web.InvoiceViews.DraftedView;
import app.pitwall.billing.web.InvoiceViews.InvoiceView;
import app.pitwall.platform.InvalidInputException;
import app.pitwall.platform.NotFoundException;
import app.pitwall.platform.web.ExpectedVersion;
import app.pitwall.platform.web.MergePatch;
import app.pitwall.platform.web.PageView;
import app.pitwall.platform.web.Paging;
import app.pitwall.repairorders.JobId;
import app.pitwall.repairorders.LineId;
import app.pitwall.repairorders.RepairOrderId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/invoices} and {@code /api/v1/repair-orders/{id}/invoices}: drafting an order's invoices (split between
 * payers), reading, changing and deleting drafts, posting, and credit notes. Drafting takes the order's version;
 * every other write the invoice's.
 */
@RestController
@Validated
class InvoiceApi {

    private final Invoices invoices;

    InvoiceApi(Invoices invoices) {
        this.invoices = invoices;
    }

    /** One payer's part of a split: a {@code party} (CUSTOMER, SHOP) or a directory {@code payerId}. */
    record ShareBody(
            BillTo.Party party,
            UUID payerId,
            @Size(max = 100) List<UUID> jobIds,
            @Size(max = 2000) List<UUID> lineIds,
            BigDecimal percent,
            @Size(max = 100) String claimNumber,
            @Size(max = 100) String policyNumber,
            @Size(max = 100) String adjuster,
            BigDecimal deductible) {}

    /** Draft an order's invoices: {@code split} WHOLE (the default), JOB, LINE or PERCENT, with up to ten shares. */
    record DraftBody(
            Split.Basis split,
            @Size(max = 10) List<@Valid ShareBody> shares,
            @Size(max = 2000) String notes,
            @Min(0) Integer version) {}

    record InvoiceChange(@Size(max = 2000) String notes, @Min(0) Integer version) {}

    record PostingBody(@Min(0) Integer version) {}

    /** Credit a posted invoice: wholly (no lines, no amount), by line positions or by an amount; with a reason. */
    record CreditBody(
            @Size(max = 200) List<Integer> linePositions,
            BigDecimal amount,
            @Size(max = 500) String reason,
            Boolean reopen,
            @Min(0) Integer version) {}

    @PostMapping("/api/v1/repair-orders/{id}/invoices")
    @ResponseStatus(HttpStatus.CREATED)
    @RequiresPermission(Permission.INVOICES_WRITE)
    DraftedView draft(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @Valid @RequestBody(required = false) DraftBody body,
            ExpectedVersion expected) {
        DraftBody given = body == null ? new DraftBody(null, null, null, null) : body;
        List<InvoiceRequests.Share> shares = given.shares() == null
                ? List.of()
                : given.shares().stream().map(InvoiceApi::share).toList();
        List<Invoice> drafted = invoices.draft(
                actor, new RepairOrderId(id), new InvoiceRequests.Draft(given.split(), shares, given.notes()),
                expected.value());
        return new DraftedView(
                drafted.get(0).header().splitGroup(),
                drafted.stream().map(invoice -> InvoiceViews.of(invoice, drafted)).toList());
    }

    @GetMapping("/api/v1/invoices")
    @RequiresPermission(Permission.INVOICES_READ)
    PageView<InvoiceView> list(
            @AuthenticationPrincipal Actor actor,
            @RequestParam(required = false) Invoice.Status status,
            @RequestParam(required = false) @Size(max = 40) String payer,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Paging paging) {
        InvoiceQuery query = query(status, payer, from, to);
        return paging.answer(
                invoices.list(actor, query, paging.limit(), paging.cursor()), invoice -> InvoiceViews.of(invoice, null));
    }

    @GetMapping("/api/v1/invoices/{id}")
    @RequiresPermission(Permission.INVOICES_READ)
    InvoiceView invoice(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        Invoice invoice = found(actor, id);
        return InvoiceViews.of(invoice, invoices.siblings(actor, invoice));
    }

    @PatchMapping("/api/v1/invoices/{id}")
    @RequiresPermission(Permission.INVOICES_WRITE)
    InvoiceView change(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @Valid @RequestBody InvoiceChange body,
            MergePatch patch,
            ExpectedVersion expected) {
        patch.clearable("notes");
        Invoice changed = invoices.change(actor, new InvoiceId(id), body.notes(), expected.value());
        return InvoiceViews.of(changed, invoices.siblings(actor, changed));
    }

    @DeleteMapping("/api/v1/invoices/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @RequiresPermission(Permission.INVOICES_WRITE)
    void delete(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, ExpectedVersion expected) {
        invoices.delete(actor, new InvoiceId(id), expected.value());
    }

    @PostMapping("/api/v1/invoices/{id}/posting")
    @RequiresPermission(Permission.INVOICES_POST)
    InvoiceView post(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @Valid @RequestBody(required = false) PostingBody body,
            ExpectedVersion expected) {
        Invoice posted = invoices.post(actor, new InvoiceId(id), expected.value());
        return InvoiceViews.of(posted, invoices.siblings(actor, posted));
    }

    @PostMapping("/api/v1/invoices/{id}/credit-notes")
    @ResponseStatus(HttpStatus.CREATED)
    @RequiresPermission(Permission.INVOICES_CREDIT)
    InvoiceView credit(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @Valid @RequestBody CreditBody body,
            ExpectedVersion expected) {
        Invoice note = invoices.credit(
                actor,
                new InvoiceId(id),
                new InvoiceRequests.Credit(
                        body.linePositions(), body.amount(), body.reason(), Boolean.TRUE.equals(body.reopen())),
                expected.value());
        return InvoiceViews.of(note, null);
    }

    private Invoice found(Actor actor, UUID id) {
        return invoices.find(actor, new InvoiceId(id)).orElseThrow(() -> new NotFoundException("Invoice"));
    }

    private static InvoiceQuery query(Invoice.Status status, String payer, LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInputException("to", "must not be before from");
        }
        if (payer == null || payer.isBlank()) {
            return new InvoiceQuery(status, null, null, from, to);
        }
        if (payer.equals("CUSTOMER") || payer.equals("SHOP")) {
            return new InvoiceQuery(status, null, BillTo.Party.valueOf(payer), from, to);
        }
        try {
            return new InvoiceQuery(status, new PayerId(UUID.fromString(payer)), null, from, to);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("payer", "a payer's id, CUSTOMER or SHOP");
        }
    }

    private static InvoiceRequests.Share share(ShareBody body) {
        return new InvoiceRequests.Share(
                body.party(),
                body.payerId() == null ? null : new PayerId(body.payerId()),
                ids(body.jobIds(), JobId::new),
                ids(body.lineIds(), LineId::new),
                body.percent(),
                body.claimNumber(),
                body.policyNumber(),
                body.adjuster(),
                body.deductible());
    }

    private static <T> Set<T> ids(List<UUID> ids, java.util.function.Function<UUID, T> make) {
        return ids == null ? Set.of() : ids.stream().map(make).collect(Collectors.toSet());
    }
}
