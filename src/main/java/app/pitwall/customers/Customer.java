package app.pitwall.customers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A person or business the shop works for. Belongs to the location that registered it; staff
 * limited to other locations do not see it. A customer may be exempt from sales tax ({@code taxExempt}) under an
 * exemption certificate, which may expire ({@link #exemptionOn}).
 */
public record Customer(
        CustomerId id,
        UUID locationId,
        Kind kind,
        String firstName,
        String lastName,
        String companyName,
        List<String> emails,
        List<String> phones,
        PostalAddress address,
        String notes,
        boolean marketingConsent,
        boolean taxExempt,
        String taxExemptionCertificate,
        LocalDate taxExemptionExpires,
        Instant createdAt,
        Instant updatedAt,
        int version) {

    /** Whether the customer is a private person or a business (fleet, dealer, insurer). */
    /** What the service takes as an email address (the whole value, stripped). */
    public static final String EMAIL = "[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+";

    /** What the service takes as a phone number, extension included (the whole value, stripped). */
    public static final String PHONE = "\\+?[0-9 ()./-]{3,30}(?:\\s*(?:x|ext\\.?)\\s*[0-9]{1,6})?";

    public enum Kind {
        PERSON,
        BUSINESS
    }

    /** A postal address; country is ISO 3166-1 alpha-2. */
    public record PostalAddress(String street, String city, String region, String postalCode, String country) {}

    /** Whether the customer is exempt from sales tax on {@code day}: not once the certificate has expired. */
    public TaxExemption exemptionOn(LocalDate day) {
        return TaxExemption.on(this, day);
    }

    /** The name staff see in lists: the company, or "Last, First". */
    public String displayName() {
        return CustomerDetails.sortName(kind, firstName, lastName, companyName);
    }
}
