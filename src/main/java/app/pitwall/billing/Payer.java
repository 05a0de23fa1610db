package app.pitwall.billing;

import app.pitwall.platform.CardNumbers;
import app.pitwall.platform.InvalidInputException;
import java.util.UUID;

/**
 * A company in the tenant's payers directory that pays (part of) a repair order: an insurance company, a warranty
 * company or a fleet account. Reference data with a version; it validates itself when made.
 */
public record Payer(
        PayerId id,
        Kind kind,
        String name,
        Address address,
        Terms terms,
        Contact contact,
        boolean taxExempt,
        int version) {

    /** What kind of company pays. */
    public enum Kind {
        INSURANCE,
        WARRANTY,
        FLEET
    }

    /** When an invoice to the payer is due after it is posted. */
    public enum Terms {
        DUE_ON_RECEIPT(0),
        NET_15(15),
        NET_30(30);

        private final int days;

        Terms(int days) {
            this.days = days;
        }

        public int days() {
            return days;
        }
    }

    /** Where invoices go; every part optional but the first line. */
    public record Address(String line1, String line2, String city, String region, String postalCode, String country) {

        public Address {
            line1 = text("address.line1", line1, 200);
            line2 = text("address.line2", line2, 200);
            city = text("address.city", city, 100);
            region = text("address.region", region, 100);
            postalCode = text("address.postalCode", postalCode, 20);
            country = text("address.country", country, 60);
        }
    }

    /** Whom to call about an invoice. */
    public record Contact(String name, String email, String phone) {

        public Contact {
            name = text("contact.name", name, 200);
            email = text("contact.email", email, 254);
            phone = text("contact.phone", phone, 40);
            if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                throw new InvalidInputException("contact.email", "not an email address");
            }
        }
    }

    public Payer {
        if (kind == null) {
            throw new InvalidInputException("kind", "required: INSURANCE, WARRANTY or FLEET");
        }
        name = text("name", name, 200);
        if (name == null) {
            throw new InvalidInputException("name", "required");
        }
        address = address == null ? new Address(null, null, null, null, null, null) : address;
        contact = contact == null ? new Contact(null, null, null) : contact;
        terms = terms == null ? Terms.NET_30 : terms;
    }

    public UUID uuid() {
        return id.value();
    }

    private static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new InvalidInputException(field, "at most " + max + " characters");
        }
        if (CardNumbers.containsCardNumber(stripped)) {
            throw new InvalidInputException(field, "looks like a payment card number; Pitwall never stores those");
        }
        return stripped;
    }
}
