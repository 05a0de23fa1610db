package app.pitwall.billing;

import app.pitwall.platform.Money;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * One line of an invoice or credit note, copied from the repair order as it was billed (the order may change later;
 * the invoice does not). {@code amount} is what the line adds to the document: labor, parts and fees add, a discount
 * subtracts (kept positive, as on the order), a deductible moves money between the insurer's and the customer's
 * invoices (negative on the insurer's, positive on the customer's). On a credit note every amount has the opposite
 * sign of the line it credits.
 *
 * @param position the line's place on its document, from 1
 * @param jobId the order's job it bills, null for a deductible or a credit by amount
 * @param sourceLineId the order's line it bills, or for a credit note's line the position credited (as text in
 *     {@code credits}), null otherwise
 * @param taxKind the tax base it adds to (a discount: takes from), null when untaxed
 * @param credits for a credit note's line, the position of the invoice line it credits; 0 otherwise
 */
public record InvoiceLine(
        int position,
        UUID jobId,
        UUID sourceLineId,
        Kind kind,
        String description,
        String partNumber,
        BigDecimal quantity,
        TaxKind taxKind,
        Money amount,
        int credits) {

    /** What a line is. */
    public enum Kind {
        LABOR,
        PART,
        FEE,
        DISCOUNT,
        DEDUCTIBLE,
        /** A credit note's credit by amount: part of what the invoice came to, before tax. */
        CREDIT
    }

    /** The three taxes of a location, one per kind of line (see {@code tenancy.TaxRates}). */
    public enum TaxKind {
        LABOR,
        PARTS,
        FEES
    }

    /** What the line adds to the document's total before tax: its amount, or minus it for a discount. */
    public Money signed() {
        return kind == Kind.DISCOUNT ? Money.zero(amount.currency()).minus(amount) : amount;
    }

    InvoiceLine at(int newPosition) {
        return new InvoiceLine(
                newPosition, jobId, sourceLineId, kind, description, partNumber, quantity, taxKind, amount, credits);
    }
}
