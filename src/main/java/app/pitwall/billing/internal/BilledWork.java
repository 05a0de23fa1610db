package app.pitwall.billing.internal;

import app.pitwall.billing.Invoice;
import app.pitwall.billing.InvoiceAmounts;
import app.pitwall.platform.Money;
import app.pitwall.repairorders.ApprovalStatus;
import app.pitwall.repairorders.Job;
import app.pitwall.repairorders.RepairOrder;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What of an order is billed and what is left to bill. A job is billed while it is on an invoice (a draft, or a posted
 * one not wholly credited); the jobs left are the approved ones not billed yet, and for an order still in progress
 * (a progress invoice) only those already done.
 */
final class BilledWork {

    private final Set<UUID> billedJobs = new HashSet<>();
    private final List<Invoice> invoices;

    BilledWork(List<Invoice> documents, InvoiceRows rows) {
        this.invoices = documents.stream()
                .filter(doc -> doc.header().document() == Invoice.Document.INVOICE)
                .toList();
        for (Invoice invoice : invoices) {
            if (!whollyCredited(invoice, rows)) {
                invoice.lines().stream()
                        .map(line -> line.jobId())
                        .filter(java.util.Objects::nonNull)
                        .forEach(billedJobs::add);
            }
        }
    }

    /** The approved jobs of the order not billed yet (finished ones only while it is in progress). */
    List<Job> unbilled(RepairOrder order) {
        boolean progress = order.status() == RepairOrder.Status.IN_PROGRESS;
        return order.jobs().stream()
                .filter(job -> job.approvalStatus() == ApprovalStatus.APPROVED)
                .filter(job -> !progress || job.done())
                .filter(job -> !billedJobs.contains(job.id().value()))
                .toList();
    }

    /** Whether any of the order's invoices is still a draft. */
    boolean anyDraft() {
        return invoices.stream().anyMatch(invoice -> invoice.status() == Invoice.Status.DRAFT);
    }

    static boolean whollyCredited(Invoice invoice, InvoiceRows rows) {
        if (invoice.status() != Invoice.Status.POSTED) {
            return false;
        }
        return uncredited(invoice, rows.creditsOf(invoice.tenantId(), invoice.id())).isZero();
    }

    /** What of the invoice's total no credit note has credited yet. */
    static Money uncredited(Invoice invoice, List<Invoice> credits) {
        Money left = invoice.amounts().total();
        for (Invoice credit : credits) {
            InvoiceAmounts amounts = credit.amounts();
            left = left.plus(amounts.total());
        }
        return left;
    }
}
