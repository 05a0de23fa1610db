package app.pitwall.billing.accounting;

import app.pitwall.platform.Money;
import java.util.Objects;

/**
 * One line of a journal entry: an amount debited (positive) or credited (negative) to an account, with what it is
 * for when the account alone does not say (the tax's name).
 */
public record JournalLine(Account account, String detail, Money amount) {

    public JournalLine {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(amount, "amount");
    }

    /** The debit, zero for a credit line. */
    public Money debit() {
        return amount.max(Money.zero(amount.currency()));
    }

    /** The credit as a positive amount, zero for a debit line. */
    public Money credit() {
        return Money.zero(amount.currency()).minus(amount.min(Money.zero(amount.currency())));
    }
}
