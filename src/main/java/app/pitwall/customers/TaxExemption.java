package app.pitwall.customers;

import java.time.LocalDate;

/**
 * Whether a customer is exempt from sales tax on a given day, with the certificate that makes it so: what billing asks
 * ({@link Customers#exemptionOf}) before taxing an invoice. A certificate that expired before the day means not exempt;
 * its number and expiry are still given, so that the invoice can say why tax was charged.
 *
 * @param exempt whether the customer pays no sales tax on that day
 * @param certificate the exemption certificate's number as recorded; null when none is
 * @param expires the last day the certificate holds; null when it does not expire
 */
public record TaxExemption(boolean exempt, String certificate, LocalDate expires) {

    /** A customer without an exemption. */
    public static final TaxExemption NONE = new TaxExemption(false, null, null);

    /** The exemption a customer's record gives on {@code day}. */
    static TaxExemption on(Customer customer, LocalDate day) {
        LocalDate expires = customer.taxExemptionExpires();
        boolean valid = expires == null || !day.isAfter(expires);
        return new TaxExemption(
                customer.taxExempt() && valid, customer.taxExemptionCertificate(), customer.taxExemptionExpires());
    }
}
