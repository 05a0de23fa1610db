package app.pitwall.billing.web;

import app.pitwall.billing.BillTo;
import app.pitwall.billing.Invoice;
import app.pitwall.billing.InvoiceAmounts;
import app.pitwall.billing.InvoiceLine;
import app.pitwall.platform.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Invoices and credit notes as the API writes them: money as decimal strings beside the currency code. */
final class InvoiceViews {

    private InvoiceViews() {}

    record InvoiceView(
            UUID id,
            String document,
            String status,
            String number,
            UUID repairOrderId,
            long repairOrderNumber,
            UUID locationId,
            UUID customerId,
            UUID vehicleId,
            UUID splitGroup,
            List<UUID> siblings,
            boolean progress,
            UUID creditsInvoiceId,
            PayerView payer,
            String currency,
            List<LineView> lines,
            AmountsView amounts,
            String notes,
            String reason,
            Instant createdAt,
            Instant postedAt,
            LocalDate dueOn,
            int version) {}

    record PayerView(
            String party,
            UUID payerId,
            String name,
            boolean taxExempt,
            String terms,
            String claimNumber,
            String policyNumber,
            String adjuster,
            String deductible) {}

    record LineView(
            int position,
            String kind,
            UUID jobId,
            UUID repairOrderLineId,
            String description,
            String partNumber,
            String quantity,
            String taxKind,
            String amount,
            Integer credits) {}

    record AmountsView(
            String labor,
            String parts,
            String fees,
            String discounts,
            String adjustments,
            String laborTax,
            String partsTax,
            String feesTax,
            String tax,
            String exemptedTax,
            String total) {}

    /** The invoices drafted together from one order. */
    record DraftedView(UUID splitGroup, List<InvoiceView> invoices) {}

    static InvoiceView of(Invoice invoice, List<Invoice> siblings) {
        Invoice.Header h = invoice.header();
        Invoice.Numbering n = invoice.numbering();
        return new InvoiceView(
                h.id().value(),
                h.document().name(),
                invoice.status().name(),
                n == null ? null : n.number(),
                h.orderId().value(),
                h.orderNumber(),
                h.locationId(),
                h.customerId(),
                h.vehicleId(),
                h.splitGroup(),
                siblings == null
                        ? null
                        : siblings.stream()
                                .map(s -> s.id().value())
                                .filter(s -> !s.equals(h.id().value()))
                                .toList(),
                h.progress(),
                h.credits() == null ? null : h.credits().value(),
                payer(invoice.billTo()),
                invoice.amounts().currency().getCurrencyCode(),
                invoice.lines().stream().map(InvoiceViews::line).toList(),
                amounts(invoice.amounts()),
                invoice.notes(),
                invoice.reason(),
                h.createdAt(),
                n == null ? null : n.postedAt(),
                n == null ? null : n.dueOn(),
                invoice.version());
    }

    private static PayerView payer(BillTo to) {
        BillTo.Claim claim = to.claim();
        return new PayerView(
                to.party().name(),
                to.payerUuid(),
                to.name(),
                to.taxExempt(),
                to.terms().name(),
                claim == null ? null : claim.claimNumber(),
                claim == null ? null : claim.policyNumber(),
                claim == null ? null : claim.adjuster(),
                claim == null || claim.deductible() == null ? null : claim.deductible().text());
    }

    private static LineView line(InvoiceLine line) {
        return new LineView(
                line.position(),
                line.kind().name(),
                line.jobId(),
                line.sourceLineId(),
                line.description(),
                line.partNumber(),
                line.quantity() == null ? null : line.quantity().stripTrailingZeros().toPlainString(),
                line.taxKind() == null ? null : line.taxKind().name(),
                line.amount().text(),
                line.credits() == 0 ? null : line.credits());
    }

    private static AmountsView amounts(InvoiceAmounts a) {
        return new AmountsView(
                text(a.labor()),
                text(a.parts()),
                text(a.fees()),
                text(a.discounts()),
                text(a.adjustments()),
                text(a.laborTax()),
                text(a.partsTax()),
                text(a.feesTax()),
                text(a.tax()),
                text(a.exemptedTax()),
                text(a.total()));
    }

    private static String text(Money money) {
        return money.text();
    }
}
