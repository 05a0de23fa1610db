package app.pitwall.billing.accounting;

/** The kinds of sales a document's lines are booked to, each with its income account. */
public enum SalesKind {
    LABOR(Account.LABOR_SALES, "Labor"),
    PARTS(Account.PARTS_SALES, "Parts"),
    FEES(Account.FEES, "Fees");

    private final Account account;
    private final String item;

    SalesKind(Account account, String item) {
        this.account = account;
        this.item = item;
    }

    /** The income account this kind's sales are credited to. */
    public Account account() {
        return account;
    }

    /** The product or service a QuickBooks import books this kind's sales as. */
    String item() {
        return item;
    }
}
