package app.pitwall.billing;

import app.pitwall.billing.InvoiceAmounts.Taxes;
import app.pitwall.billing.InvoiceLine.TaxKind;
import app.pitwall.platform.ConflictException;
import app.pitwall.platform.InvalidInputException;
import app.pitwall.platform.Money;
import app.pitwall.platform.web.ProblemType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a credit note against a posted invoice contains, given the credit notes already posted against it. Every amount
 * is negative: the invoice and its credit notes together are what is still owed.
 *
 * <ul>
 *   <li><b>Whole</b> (no lines, no amount): every line and tax negated exactly, so the invoice nets to zero; after
 *       earlier credits, what is left of it, as by amount.
 *   <li><b>By line</b>: the lines named by position, each at most once over all credit notes, negated; each tax in
 *       proportion to the credited part of its base (rounded once, half-up, never more than is left of it), and all
 *       that is left of it once every line is credited.
 *   <li><b>By amount</b>: one credit line and the taxes, dividing the amount by what is left of the invoice before tax
 *       and of each tax ({@link Allocation}).
 * </ul>
 *
 * Never more than is left uncredited (422 {@code credit-over-invoiced}).
 */
public final class CreditNotes {

    private CreditNotes() {}

    /** A credit note's lines and amounts. */
    public record Credit(List<InvoiceLine> lines, InvoiceAmounts amounts) {}

    public static Credit of(Invoice invoice, List<Invoice> earlier, List<Integer> positions, BigDecimal amount) {
        if (!positions.isEmpty() && amount != null) {
            throw new InvalidInputException("amount", "credit by lines or by an amount, not both");
        }
        Remaining left = Remaining.of(invoice, earlier);
        if (left.total().signum() <= 0) {
            throw over(invoice, left.total());
        }
        Credit credit;
        if (!positions.isEmpty()) {
            credit = byLines(invoice, earlier, left, positions);
        } else if (amount != null) {
            credit = byAmount(invoice, left, checkedAmount(amount, invoice, left));
        } else if (earlier.isEmpty()) {
            credit = whole(invoice);
        } else {
            credit = byAmount(invoice, left, left.total());
        }
        if (Money.zero(left.currency()).minus(credit.amounts().total()).compareTo(left.total()) > 0) {
            throw over(invoice, left.total());
        }
        if (credit.amounts().total().signum() >= 0) {
            throw new InvalidInputException("linePositions", "the lines named credit nothing");
        }
        return credit;
    }

    private static Credit whole(Invoice invoice) {
        List<InvoiceLine> lines = new ArrayList<>();
        for (InvoiceLine line : invoice.lines()) {
            lines.add(negated(line, lines.size() + 1));
        }
        InvoiceAmounts a = invoice.amounts();
        Taxes taxes = new Taxes(neg(a.laborTax()), neg(a.partsTax()), neg(a.feesTax()));
        return new Credit(lines, InvoiceAmounts.of(a.currency(), lines, taxes, neg(a.exemptedTax())));
    }

    private static Credit byLines(Invoice invoice, List<Invoice> earlier, Remaining left, List<Integer> positions) {
        Set<Integer> credited = new HashSet<>();
        earlier.forEach(note -> note.lines().forEach(line -> credited.add(line.credits())));
        Set<Integer> asked = new HashSet<>();
        List<InvoiceLine> lines = new ArrayList<>();
        for (int i = 0; i < positions.size(); i++) {
            Integer position = positions.get(i);
            String field = "linePositions[" + i + "]";
            if (position == null || position < 1 || position > invoice.lines().size()) {
                throw new InvalidInputException(field, "no line of the invoice is at this position");
            }
            if (!asked.add(position)) {
                throw new InvalidInputException(field, "names a line twice");
            }
            if (credited.contains(position)) {
                throw new ConflictException(
                        ProblemType.CREDIT_OVER_INVOICED, "Line " + position + " is credited already.");
            }
            lines.add(negated(invoice.lines().get(position - 1), lines.size() + 1));
        }
        boolean lastLines = credited.size() - (credited.contains(0) ? 1 : 0) + asked.size() == invoice.lines().size();
        Taxes taxes = Taxes.zero(left.currency());
        for (TaxKind kind : TaxKind.values()) {
            Money tax = lastLines ? left.taxes().of(kind) : proportional(invoice, lines, kind, left.taxes().of(kind));
            taxes = taxes.plus(kind, neg(tax));
        }
        return new Credit(lines, InvoiceAmounts.of(left.currency(), lines, taxes, Money.zero(left.currency())));
    }

    /** The kind's tax on the credited part of its base, rounded once, at most what is left of it. */
    private static Money proportional(Invoice invoice, List<InvoiceLine> credit, TaxKind kind, Money leftOfTax) {
        BigDecimal base = base(invoice.lines(), kind);
        BigDecimal part = base(credit, kind).negate();
        Money tax = invoice.amounts().taxes().of(kind);
        if (base.signum() <= 0 || part.signum() <= 0) {
            return Money.zero(tax.currency());
        }
        BigDecimal exact = tax.amount().multiply(part).divide(base, 20, RoundingMode.HALF_UP);
        return Money.of(exact, tax.currency()).min(leftOfTax).max(Money.zero(tax.currency()));
    }

    private static BigDecimal base(List<InvoiceLine> lines, TaxKind kind) {
        return lines.stream()
                .filter(line -> line.taxKind() == kind)
                .map(line -> line.signed().amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Credit byAmount(Invoice invoice, Remaining left, Money amount) {
        Money beforeTax = left.total().minus(left.taxes().sum());
        List<BigDecimal> weights = new ArrayList<>();
        weights.add(beforeTax.amount().max(BigDecimal.ZERO));
        for (TaxKind kind : TaxKind.values()) {
            weights.add(left.taxes().of(kind).amount().max(BigDecimal.ZERO));
        }
        List<Money> shares = Allocation.of(amount, weights);
        Taxes taxes = Taxes.zero(amount.currency());
        for (TaxKind kind : TaxKind.values()) {
            taxes = taxes.plus(kind, neg(shares.get(kind.ordinal() + 1)));
        }
        String what = "Credit on invoice " + invoice.numbering().number();
        List<InvoiceLine> lines = List.of(new InvoiceLine(
                1, null, null, InvoiceLine.Kind.CREDIT, what, null, null, null, neg(shares.get(0)), 0));
        return new Credit(lines, InvoiceAmounts.of(amount.currency(), lines, taxes, Money.zero(amount.currency())));
    }

    private static Money checkedAmount(BigDecimal amount, Invoice invoice, Remaining left) {
        if (amount.signum() <= 0) {
            throw new InvalidInputException("amount", "must be more than 0");
        }
        if (!Money.fitsMinorUnit(amount, left.currency())) {
            throw new InvalidInputException("amount", "at most " + Money.scale(left.currency()) + " decimal places");
        }
        Money money = Money.exact(amount, left.currency());
        if (money.compareTo(left.total()) > 0) {
            throw over(invoice, left.total());
        }
        return money;
    }

    private static InvoiceLine negated(InvoiceLine line, int position) {
        return new InvoiceLine(
                position,
                line.jobId(),
                line.sourceLineId(),
                line.kind(),
                line.description(),
                line.partNumber(),
                line.quantity(),
                line.taxKind(),
                neg(line.amount()),
                line.position());
    }

    private static Money neg(Money money) {
        return Money.zero(money.currency()).minus(money);
    }

    private static ConflictException over(Invoice invoice, Money left) {
        return new ConflictException(
                ProblemType.CREDIT_OVER_INVOICED,
                "Invoice " + invoice.numbering().number() + " has " + left + " left uncredited; a credit note"
                        + " cannot credit more.",
                java.util.Map.of("uncredited", left.text()));
    }

    /** What is left of an invoice after its credit notes: its total and each tax. */
    record Remaining(Money total, Taxes taxes) {

        static Remaining of(Invoice invoice, List<Invoice> earlier) {
            Money total = invoice.amounts().total();
            Taxes taxes = invoice.amounts().taxes();
            for (Invoice note : earlier) {
                total = total.plus(note.amounts().total());
                for (TaxKind kind : TaxKind.values()) {
                    taxes = taxes.plus(kind, note.amounts().taxes().of(kind));
                }
            }
            return new Remaining(total, taxes);
        }

        java.util.Currency currency() {
            return total.currency();
        }
    }
}
