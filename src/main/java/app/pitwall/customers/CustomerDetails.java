package app.pitwall.customers;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What staff enter about a customer. Used for creating (all given) and for changing (null means
 * "leave as is", an empty text clears it; the exemption's expiry, a date, is cleared by {@code
 * taxExemptionExpiresCleared}).
 */
public record CustomerDetails(
        UUID locationId,
        Customer.Kind kind,
        String firstName,
        String lastName,
        String companyName,
        List<String> emails,
        List<String> phones,
        Customer.PostalAddress address,
        String notes,
        Boolean marketingConsent,
        Boolean taxExempt,
        String taxExemptionCertificate,
        LocalDate taxExemptionExpires,
        boolean taxExemptionExpiresCleared) {

    /** The details without anything about tax exemption (which a change then leaves as it is). */
    public CustomerDetails(
            UUID locationId,
            Customer.Kind kind,
            String firstName,
            String lastName,
            String companyName,
            List<String> emails,
            List<String> phones,
            Customer.PostalAddress address,
            String notes,
            Boolean marketingConsent) {
        this(
                locationId,
                kind,
                firstName,
                lastName,
                companyName,
                emails,
                phones,
                address,
                notes,
                marketingConsent,
                null,
                null,
                null,
                false);
    }

    public static String sortName(Customer.Kind kind, String firstName, String lastName, String companyName) {
        if (kind == Customer.Kind.BUSINESS && companyName != null && !companyName.isBlank()) {
            return companyName;
        }
        String last = lastName == null ? "" : lastName;
        String first = firstName == null ? "" : firstName;
        if (last.isBlank()) {
            return first.isBlank() && companyName != null ? companyName : first;
        }
        return first.isBlank() ? last : last + ", " + first;
    }

    /** The lower-case text that search matches: names, emails, phones as typed and as digits. */
    public static String searchText(Customer customer) {
        return Stream.of(
                        Stream.of(customer.firstName(), customer.lastName(), customer.companyName()),
                        customer.emails().stream(),
                        customer.phones().stream(),
                        customer.phones().stream().map(phone -> phone.replaceAll("[^0-9]", "")))
                .flatMap(s -> s)
                .filter(value -> value != null && !value.isBlank())
                .map(value -> value.toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(" "));
    }
}
