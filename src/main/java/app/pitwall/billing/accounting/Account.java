package app.pitwall.billing.accounting;

/**
 * The accounts a posted document moves, named as a QuickBooks chart of accounts names them by default, so an import
 * finds them without mapping.
 */
public enum Account {
    ACCOUNTS_RECEIVABLE("accounts-receivable", "Accounts Receivable"),
    LABOR_SALES("labor-sales", "Labor Sales"),
    PARTS_SALES("parts-sales", "Parts Sales"),
    FEES("fees", "Fee Income"),
    TAX_PAYABLE("tax-payable", "Sales Tax Payable"),
    DISCOUNTS("discounts", "Discounts Given"),
    /** Deductibles moved between the invoices of a split, and credits by amount: nets to zero across a split. */
    ADJUSTMENTS("adjustments", "Sales Adjustments");

    private final String code;
    private final String title;

    Account(String code, String title) {
        this.code = code;
        this.title = title;
    }

    /** The stable name in the JSON journal. */
    public String code() {
        return code;
    }

    /** The account's name in the chart of accounts. */
    public String title() {
        return title;
    }
}
