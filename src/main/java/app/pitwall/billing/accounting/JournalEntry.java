package app.pitwall.billing.accounting;

import app.pitwall.platform.Money;
import java.util.ArrayList;
import java.util.List;

/**
 * The double entry of one posted document. An invoice debits receivables with its total and discounts with what it
 * took off, and credits each kind of sale, adjustments (a negative adjustment is a debit) and tax payable with each
 * tax; a credit note makes the same entry reversed.
 * Lines of zero are left out. An entry exists only balanced: its amounts sum to zero, or it is not made.
 */
public record JournalEntry(PostedDocument document, List<JournalLine> lines) {

    public JournalEntry {
        lines = List.copyOf(lines);
        Money sum = Money.zero(document.currency());
        for (JournalLine line : lines) {
            sum = sum.plus(line.amount());
        }
        if (!sum.isZero()) {
            throw new UnbalancedJournalException(document.number(), sum);
        }
    }

    /** The entry a posted document makes. */
    public static JournalEntry of(PostedDocument document) {
        List<JournalLine> lines = new ArrayList<>();
        Entries entries = new Entries(document.kind().sign(), lines);
        entries.debit(Account.ACCOUNTS_RECEIVABLE, null, document.total());
        entries.debit(Account.DISCOUNTS, null, document.discounts());
        for (SalesKind kind : SalesKind.values()) {
            entries.credit(kind.account(), null, document.sales(kind));
        }
        entries.credit(Account.ADJUSTMENTS, null, document.adjustments());
        for (Tax tax : document.taxes()) {
            entries.credit(Account.TAX_PAYABLE, tax.name(), tax.amount());
        }
        return new JournalEntry(document, lines);
    }

    /** The amount this entry moves receivables by (the document's signed total). */
    public Money receivable() {
        Money sum = Money.zero(document.currency());
        for (JournalLine line : lines) {
            if (line.account() == Account.ACCOUNTS_RECEIVABLE) {
                sum = sum.plus(line.amount());
            }
        }
        return sum;
    }

    private record Entries(int sign, List<JournalLine> lines) {

        void debit(Account account, String detail, Money amount) {
            add(account, detail, sign > 0 ? amount : negated(amount));
        }

        void credit(Account account, String detail, Money amount) {
            add(account, detail, sign > 0 ? negated(amount) : amount);
        }

        private void add(Account account, String detail, Money amount) {
            if (!amount.isZero()) {
                lines.add(new JournalLine(account, detail, amount));
            }
        }

        private static Money negated(Money amount) {
            return Money.zero(amount.currency()).minus(amount);
        }
    }
}
