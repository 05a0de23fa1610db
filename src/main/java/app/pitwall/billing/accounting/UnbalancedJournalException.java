package app.pitwall.billing.accounting;

import app.pitwall.platform.Money;

/**
 * A document whose debits and credits do not cancel. It cannot be exported: writing it would put a wrong ledger in
 * the shop's books, so it is a defect to fix, never a file to hand out.
 */
public class UnbalancedJournalException extends IllegalStateException {

    public UnbalancedJournalException(String number, Money off) {
        super("the journal of " + number + " does not balance: debits exceed credits by " + off);
    }
}
