package app.pitwall.billing;

import app.pitwall.platform.Money;
import java.util.Currency;
import java.util.List;

/**
 * What an invoice or credit note comes to, per kind of line and per tax, as posted documents keep it for receivables
 * and the accounting export: labor + parts + fees − discounts + adjustments + labor tax + parts tax + fees tax =
 * total. {@code exemptedTax} is the tax of the billed lines that the payer's exemption removed; it is not part of the
 * total (so the invoices of an order plus their exempted tax are the order's approved total). A credit note's amounts
 * are all negative or zero.
 *
 * @param adjustments deductibles moved between payers, and credits by amount
 */
public record InvoiceAmounts(
        Money labor,
        Money parts,
        Money fees,
        Money discounts,
        Money adjustments,
        Money laborTax,
        Money partsTax,
        Money feesTax,
        Money exemptedTax,
        Money total) {

    /** The amounts of these lines with these taxes; the total follows. */
    public static InvoiceAmounts of(Currency currency, List<InvoiceLine> lines, Taxes taxes, Money exempted) {
        Money zero = Money.zero(currency);
        Money labor = zero, parts = zero, fees = zero, discounts = zero, adjustments = zero;
        for (InvoiceLine line : lines) {
            switch (line.kind()) {
                case LABOR -> labor = labor.plus(line.amount());
                case PART -> parts = parts.plus(line.amount());
                case FEE -> fees = fees.plus(line.amount());
                case DISCOUNT -> discounts = discounts.plus(line.amount());
                case DEDUCTIBLE, CREDIT -> adjustments = adjustments.plus(line.amount());
            }
        }
        Money total = labor.plus(parts).plus(fees).minus(discounts).plus(adjustments).plus(taxes.sum());
        return new InvoiceAmounts(
                labor, parts, fees, discounts, adjustments, taxes.labor(), taxes.parts(), taxes.fees(), exempted, total);
    }

    /** The three taxes of a document. */
    public record Taxes(Money labor, Money parts, Money fees) {

        public static Taxes zero(Currency currency) {
            Money zero = Money.zero(currency);
            return new Taxes(zero, zero, zero);
        }

        public Money sum() {
            return labor.plus(parts).plus(fees);
        }

        public Money of(InvoiceLine.TaxKind kind) {
            return switch (kind) {
                case LABOR -> labor;
                case PARTS -> parts;
                case FEES -> fees;
            };
        }

        public Taxes plus(InvoiceLine.TaxKind kind, Money amount) {
            return switch (kind) {
                case LABOR -> new Taxes(labor.plus(amount), parts, fees);
                case PARTS -> new Taxes(labor, parts.plus(amount), fees);
                case FEES -> new Taxes(labor, parts, fees.plus(amount));
            };
        }
    }

    public Taxes taxes() {
        return new Taxes(laborTax, partsTax, feesTax);
    }

    public Money tax() {
        return laborTax.plus(partsTax).plus(feesTax);
    }

    /** Whether the parts add up to the total exactly. */
    public boolean reconciles() {
        return labor.plus(parts)
                        .plus(fees)
                        .minus(discounts)
                        .plus(adjustments)
                        .plus(tax())
                        .compareTo(total)
                == 0;
    }

    public Currency currency() {
        return total.currency();
    }
}
