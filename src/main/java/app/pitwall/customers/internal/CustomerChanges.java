package app.pitwall.customers.internal;

import app.pitwall.customers.Customer;
import app.pitwall.customers.CustomerDetails;
import app.pitwall.platform.CardNumbers;
import app.pitwall.platform.InvalidInputException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The rules of a customer's details: how a change merges into the current record, what makes a
 * record valid, and which fields changed (for the audit trail).
 */
final class CustomerChanges {

    private static final Pattern EMAIL = Pattern.compile("^" + Customer.EMAIL + "$");
    private static final Pattern PHONE = Pattern.compile("^" + Customer.PHONE + "$");

    private CustomerChanges() {}

    /** Applies the non-null fields of {@code changes}; an empty string clears a field. */
    static Customer apply(Customer current, CustomerDetails changes, Instant now) {
        return new Customer(
                current.id(),
                changes.locationId() != null ? changes.locationId() : current.locationId(),
                changes.kind() != null ? changes.kind() : current.kind(),
                merge(current.firstName(), changes.firstName()),
                merge(current.lastName(), changes.lastName()),
                merge(current.companyName(), changes.companyName()),
                changes.emails() != null ? cleanList(changes.emails(), true) : current.emails(),
                changes.phones() != null ? cleanList(changes.phones(), false) : current.phones(),
                address(current.address(), changes.address()),
                merge(current.notes(), changes.notes()),
                changes.marketingConsent() != null ? changes.marketingConsent() : current.marketingConsent(),
                changes.taxExempt() != null ? changes.taxExempt() : current.taxExempt(),
                merge(current.taxExemptionCertificate(), changes.taxExemptionCertificate()),
                changes.taxExemptionExpiresCleared()
                        ? null
                        : changes.taxExemptionExpires() != null
                                ? changes.taxExemptionExpires()
                                : current.taxExemptionExpires(),
                current.createdAt(),
                now,
                current.version() + 1);
    }

    /** The customer if every rule holds; otherwise one refusal naming every field that breaks one. */
    static Customer validated(Customer customer) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (customer.kind() == Customer.Kind.BUSINESS && customer.companyName() == null) {
            problems.put("companyName", "a business customer needs a company name");
        }
        if (customer.kind() == Customer.Kind.PERSON && customer.firstName() == null && customer.lastName() == null) {
            problems.put("lastName", "a person needs a first or last name");
        }
        for (int i = 0; i < customer.emails().size(); i++) {
            if (!EMAIL.matcher(customer.emails().get(i)).matches()) {
                problems.put("emails[" + i + "]", "not an email address");
            }
        }
        for (int i = 0; i < customer.phones().size(); i++) {
            if (!PHONE.matcher(customer.phones().get(i)).matches()) {
                problems.put("phones[" + i + "]", "not a phone number");
            }
        }
        if (customer.taxExempt() && customer.taxExemptionCertificate() == null) {
            problems.put("taxExemptionCertificate", "a tax-exempt customer needs the exemption certificate's number");
        }
        if (customer.taxExemptionCertificate() != null
                && customer.taxExemptionCertificate().length() > 60) {
            problems.put("taxExemptionCertificate", "at most 60 characters");
        }
        Map<String, String> freeText = new LinkedHashMap<>();
        freeText.put("firstName", customer.firstName());
        freeText.put("lastName", customer.lastName());
        freeText.put("companyName", customer.companyName());
        freeText.put("notes", customer.notes());
        freeText.put("taxExemptionCertificate", customer.taxExemptionCertificate());
        freeText.put("address.street", customer.address().street());
        freeText.forEach((field, value) -> {
            if (CardNumbers.containsCardNumber(value)) {
                problems.putIfAbsent(field, "looks like a payment card number; Pitwall never stores those");
            }
        });
        InvalidInputException.throwIfAny(problems);
        return customer;
    }

    static String searchText(Customer customer) {
        return CustomerDetails.searchText(customer);
    }

    static Customer.PostalAddress address(Customer.PostalAddress current, Customer.PostalAddress change) {
        Customer.PostalAddress base =
                current != null ? current : new Customer.PostalAddress(null, null, null, null, null);
        if (change == null) {
            return base;
        }
        String country = merge(base.country(), change.country());
        return new Customer.PostalAddress(
                merge(base.street(), change.street()),
                merge(base.city(), change.city()),
                merge(base.region(), change.region()),
                merge(base.postalCode(), change.postalCode()),
                country == null ? null : country.toUpperCase(java.util.Locale.ROOT));
    }

    static String merge(String current, String change) {
        return change == null ? current : clean(change);
    }

    /** Trims; blank becomes null. */
    static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static List<String> cleanList(List<String> values, boolean lowerCase) {
        if (values == null) {
            return List.of();
        }
        return values.stream()
                .filter(Objects::nonNull)
                .map(String::strip)
                .filter(value -> !value.isEmpty())
                .map(value -> lowerCase ? value.toLowerCase(java.util.Locale.ROOT) : value)
                .distinct()
                .toList();
    }
}
