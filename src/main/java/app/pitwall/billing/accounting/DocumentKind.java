package app.pitwall.billing.accounting;

/**
 * What a posted document is to the books: an invoice charges the customer or payer, a credit note takes (part of) an
 * invoice back, so every entry it makes is the invoice's entry reversed.
 */
public enum DocumentKind {
    INVOICE("invoice", 1, "INVOICE"),
    CREDIT_NOTE("credit-note", -1, "CREDIT MEMO");

    private final String code;
    private final int sign;
    private final String iifType;

    DocumentKind(String code, int sign, String iifType) {
        this.code = code;
        this.sign = sign;
        this.iifType = iifType;
    }

    /** The name in exported files and the API. */
    public String code() {
        return code;
    }

    /** +1 for an invoice, −1 for a credit note: the direction its amounts move the accounts in. */
    public int sign() {
        return sign;
    }

    /** The transaction type QuickBooks Desktop's IIF import knows this document by. */
    String iifType() {
        return iifType;
    }
}
