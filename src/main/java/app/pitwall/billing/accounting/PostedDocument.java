package app.pitwall.billing.accounting;

import app.pitwall.platform.Money;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * A posted invoice or credit note as the books see it: its number and dates, who it bills, and its amounts by kind
 * of sale, discounts and each tax, all in one currency. A credit note carries its own (positive) amounts and names the
 * invoice it corrects; {@link JournalEntry#of} reverses it. Adjustments are the one signed part: a deductible moved from
 * the insurer's invoice (negative there) to the customer's (positive there), or a credit by amount rather than by line. The total is taken as posted and not recomputed here, so a
 * document whose parts do not add up to it makes a journal that does not balance, which is refused.
 *
 * @param payer the insurer, warranty company or fleet account billed, or null when the customer is
 * @param corrects the number of the invoice a credit note corrects; null for an invoice
 */
public record PostedDocument(
        DocumentKind kind,
        String number,
        LocalDate date,
        LocalDate dueDate,
        String customer,
        String payer,
        String corrects,
        Money labor,
        Money parts,
        Money fees,
        Money discounts,
        Money adjustments,
        List<Tax> taxes,
        Money total) {

    public PostedDocument {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(total, "total");
        if (number == null || number.isBlank()) {
            throw new IllegalArgumentException("a posted document has a number");
        }
        if (customer == null || customer.isBlank()) {
            throw new IllegalArgumentException(number + " names no customer");
        }
        dueDate = dueDate != null ? dueDate : date;
        taxes = List.copyOf(taxes);
        Currency currency = total.currency();
        for (Money part : List.of(labor, parts, fees, discounts, adjustments)) {
            if (!part.currency().equals(currency)) {
                throw new IllegalArgumentException(number + " mixes " + part.currency() + " and " + currency);
            }
            if (part.signum() < 0 && part != adjustments) {
                throw new IllegalArgumentException(number + " has a negative amount: " + part);
            }
        }
        for (Tax tax : taxes) {
            if (!tax.amount().currency().equals(currency)) {
                throw new IllegalArgumentException(
                        number + " mixes " + tax.amount().currency() + " and " + currency);
            }
        }
    }

    /** This document with its customer named. */
    public PostedDocument withCustomer(String name) {
        return new PostedDocument(
                kind,
                number,
                date,
                dueDate,
                name,
                payer,
                corrects,
                labor,
                parts,
                fees,
                discounts,
                adjustments,
                taxes,
                total);
    }

    /** The sales of one kind before discounts and tax. */
    public Money sales(SalesKind kind) {
        return switch (kind) {
            case LABOR -> labor;
            case PARTS -> parts;
            case FEES -> fees;
        };
    }

    /** The tax charged on one kind of sale, the sum of its taxes. */
    public Money taxOn(SalesKind kind) {
        Money sum = Money.zero(currency());
        for (Tax tax : taxes) {
            if (tax.on() == kind) {
                sum = sum.plus(tax.amount());
            }
        }
        return sum;
    }

    /** Whom the document bills: the payer when there is one, otherwise the customer. */
    public String billedTo() {
        return payer != null && !payer.isBlank() ? payer : customer;
    }

    public Currency currency() {
        return total.currency();
    }

    /** The total with the sign it moves receivables by: negative for a credit note. */
    public Money signedTotal() {
        return signed(total);
    }

    /** An amount of this document with the sign it moves the books by: negated for a credit note. */
    public Money signed(Money amount) {
        return kind.sign() > 0 ? amount : Money.zero(amount.currency()).minus(amount);
    }
}
