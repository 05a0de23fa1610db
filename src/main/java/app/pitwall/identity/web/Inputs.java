package app.pitwall.identity.web;

import app.pitwall.access.Role;
import app.pitwall.platform.InvalidInputException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Currency;

/** Turns optional text fields of identity requests into values, or refuses them naming the field. */
final class Inputs {

    private Inputs() {}

    static ZoneId zone(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ZoneId.of(value.strip());
        } catch (DateTimeException e) {
            throw new InvalidInputException(field, "Unknown time zone: use an IANA name such as America/Chicago.");
        }
    }

    static Currency currency(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Currency.getInstance(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "Unknown currency: use an ISO 4217 code such as USD.");
        }
    }

    static Role role(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Role.ofCode(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(
                    field, "Unknown role: use owner, manager, bookkeeper, service-advisor, technician or viewer.");
        }
    }
}
