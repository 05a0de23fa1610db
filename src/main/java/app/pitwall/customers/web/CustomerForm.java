package app.pitwall.customers.web;

import app.pitwall.customers.Customer;
import app.pitwall.customers.CustomerDetails;
import app.pitwall.platform.InvalidInputException;
import app.pitwall.platform.web.FormFields;
import app.pitwall.platform.web.NoCardNumber;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Matcher;

/**
 * The customer form as the browser sends it. Every field is text so that whatever was typed can be shown again next
 * to its error; {@link #toDetails()} turns it into what the {@code Customers} service takes. Emails and phones arrive
 * as repeated fields, blanks included.
 */
record CustomerForm(
        @Pattern(regexp = "PERSON|BUSINESS", message = "{form.kind.invalid}")
        String kind,

        @Size(max = 100) @NoCardNumber String firstName,
        @Size(max = 100) @NoCardNumber String lastName,
        @Size(max = 200) @NoCardNumber String companyName,

        @Size(max = MAX_ENTRIES)
        List<
                        @Size(max = 254)
                        @Pattern(regexp = BLANK_OR + Customer.EMAIL + "\\s*$", message = "{form.email.invalid}") String>
                emails,

        @Size(max = MAX_ENTRIES)
        List<
                        @Size(max = 40)
                        @Pattern(regexp = BLANK_OR + Customer.PHONE + "\\s*$", message = "{form.phone.invalid}") String>
                phones,

        @Size(max = 200) @NoCardNumber String street,
        @Size(max = 100) String city,
        @Size(max = 100) String region,
        @Size(max = 20) String postalCode,

        @Pattern(regexp = "^$|^[A-Za-z]{2}$", message = "{form.country.invalid}")
        String country,

        @Size(max = 4000) @NoCardNumber String notes,
        Boolean marketingConsent,
        Boolean taxExempt,

        @Size(max = 60) @NoCardNumber String taxExemptionCertificate,

        @Pattern(regexp = "^\\s*$|^\\s*[0-9]{4}-[0-9]{2}-[0-9]{2}\\s*$", message = "{form.date.invalid}")
        String taxExemptionExpires,

        @Pattern(regexp = "^$|^" + UUID_PATTERN + "$", message = "{form.location.invalid}")
        String locationId,

        @Pattern(regexp = "^$|^[0-9]{1,9}$") String version)
        implements FormFields {

    /** Blank, or (after leading spaces) what follows. */
    private static final String BLANK_OR = "^\\s*$|^\\s*";

    static final String UUID_PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    private static final java.util.regex.Pattern INDEXED_FIELD =
            java.util.regex.Pattern.compile("(emails|phones)\\[(\\d+)]");

    /** At most this many emails and phones per customer. */
    static final int MAX_ENTRIES = 5;

    /** An empty form for a new customer at the given location. */
    static CustomerForm blank(UUID location) {
        return new CustomerForm(
                "PERSON",
                "",
                "",
                "",
                List.of(),
                List.of(),
                "",
                "",
                "",
                "",
                "",
                "",
                false,
                false,
                "",
                "",
                text(location),
                "");
    }

    /** The form filled with a customer's current details. */
    static CustomerForm of(Customer customer) {
        Customer.PostalAddress address = customer.address();
        return new CustomerForm(
                customer.kind().name(),
                text(customer.firstName()),
                text(customer.lastName()),
                text(customer.companyName()),
                customer.emails(),
                customer.phones(),
                text(address.street()),
                text(address.city()),
                text(address.region()),
                text(address.postalCode()),
                text(address.country()),
                text(customer.notes()),
                customer.marketingConsent(),
                customer.taxExempt(),
                text(customer.taxExemptionCertificate()),
                text(customer.taxExemptionExpires()),
                text(customer.locationId()),
                String.valueOf(customer.version()));
    }

    /** The same input with another expected version, after a stale save. */
    CustomerForm withVersion(int current) {
        return new CustomerForm(
                kind,
                firstName,
                lastName,
                companyName,
                emails,
                phones,
                street,
                city,
                region,
                postalCode,
                country,
                notes,
                marketingConsent,
                taxExempt,
                taxExemptionCertificate,
                taxExemptionExpires,
                locationId,
                String.valueOf(current));
    }

    /** Every field given, so blanks clear what was there. */
    CustomerDetails toDetails() {
        return new CustomerDetails(
                locationId == null || locationId.isBlank() ? null : UUID.fromString(locationId),
                "BUSINESS".equals(kind) ? Customer.Kind.BUSINESS : Customer.Kind.PERSON,
                orEmpty(firstName),
                orEmpty(lastName),
                orEmpty(companyName),
                entries(emails),
                entries(phones),
                new Customer.PostalAddress(
                        orEmpty(street), orEmpty(city), orEmpty(region), orEmpty(postalCode), orEmpty(country)),
                orEmpty(notes),
                Boolean.TRUE.equals(marketingConsent),
                Boolean.TRUE.equals(taxExempt),
                orEmpty(taxExemptionCertificate),
                expires(),
                expires() == null);
    }

    /** The typed expiry of the exemption; blank is none. */
    private LocalDate expires() {
        if (taxExemptionExpires == null || taxExemptionExpires.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(taxExemptionExpires.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("taxExemptionExpires", "not a day of the calendar");
        }
    }

    Integer expectedVersion() {
        return version == null || version.isBlank() ? null : Integer.valueOf(version);
    }

    /** Public, like the slot methods, because the form template calls it. */
    public boolean isBusiness() {
        return "BUSINESS".equals(kind);
    }

    /** The email inputs to show: what was typed and one empty one, at least two, at most five. */
    public List<String> emailSlots() {
        return slots(emails);
    }

    public List<String> phoneSlots() {
        return slots(phones);
    }

    private static List<String> slots(List<String> typed) {
        List<String> values = new ArrayList<>(
                typed == null
                        ? List.of()
                        : typed.stream().filter(Objects::nonNull).toList());
        int wanted = Math.min(MAX_ENTRIES, Math.max(2, filled(values) + 1));
        while (values.size() < wanted) {
            values.add("");
        }
        return values.size() > MAX_ENTRIES ? values.subList(0, MAX_ENTRIES) : values;
    }

    private static int filled(List<String> values) {
        int last = 0;
        for (int i = 0; i < values.size(); i++) {
            if (!values.get(i).isBlank()) {
                last = i + 1;
            }
        }
        return last;
    }

    /**
     * The form field a service error names: the service numbers emails and phones after dropping blanks and
     * duplicates, the form numbers its inputs; {@code address.street} is the form's {@code street}.
     */
    @Override
    public String inputOf(String serviceField) {
        Matcher indexed = INDEXED_FIELD.matcher(serviceField);
        if (indexed.matches()) {
            List<String> typed = indexed.group(1).equals("emails") ? emails : phones;
            int wanted = Integer.parseInt(indexed.group(2));
            List<String> seen = new ArrayList<>();
            for (int i = 0; typed != null && i < typed.size(); i++) {
                String value = typed.get(i) == null ? "" : typed.get(i).strip();
                String key = indexed.group(1).equals("emails") ? value.toLowerCase(Locale.ROOT) : value;
                if (!value.isEmpty() && !seen.contains(key)) {
                    if (seen.size() == wanted) {
                        return indexed.group(1) + "[" + i + "]";
                    }
                    seen.add(key);
                }
            }
            return indexed.group(1) + "[0]";
        }
        return serviceField.startsWith("address.") ? serviceField.substring("address.".length()) : serviceField;
    }

    private static List<String> entries(List<String> values) {
        return values == null
                ? List.of()
                : values.stream().filter(v -> v != null && !v.isBlank()).toList();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
