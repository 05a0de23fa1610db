package app.pitwall.tenancy;

import app.pitwall.platform.CardNumbers;
import app.pitwall.platform.InvalidInputException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What staff say about a location: its name and kind, postal address, phone, time zone (an IANA region such as
 * {@code America/Chicago}), currency (ISO 4217), the shop's registration or licence number printed on its estimates,
 * its tax rates, whether it is closed, and whether every part line must state the part's condition before an invoice
 * is posted ({@code partConditionRequired}; California 16 CCR 3356 asks it). Made only valid: each refusal names the
 * field. A closed location takes no new orders or appointments; what it already has stays readable.
 */
public record LocationDetails(
        String name,
        Location.Kind kind,
        Location.Address address,
        String phone,
        String registrationNumber,
        ZoneId timeZone,
        Currency currency,
        TaxRates taxRates,
        boolean closed,
        boolean partConditionRequired) {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ().\\-/]{3,40}");

    public LocationDetails {
        name = text(name, "name", 200);
        if (name == null) {
            throw new InvalidInputException("name", "required");
        }
        if (kind == null) {
            throw new InvalidInputException("kind", "required: REPAIR_SHOP, DETAILING or STORAGE");
        }
        if (address == null || address.country() == null) {
            throw new InvalidInputException("address.country", "required");
        }
        if (!COUNTRIES.contains(address.country())) {
            throw new InvalidInputException("address.country", "must be an ISO 3166 country code such as US");
        }
        text(address.street(), "address.street", 200);
        text(address.street2(), "address.street2", 200);
        text(address.city(), "address.city", 100);
        text(address.region(), "address.region", 100);
        text(address.postalCode(), "address.postalCode", 20);
        phone = text(phone, "phone", 40);
        if (phone != null && (!PHONE.matcher(phone).matches() || phone.chars().noneMatch(Character::isDigit))) {
            throw new InvalidInputException("phone", "digits, spaces, + ( ) - . / only");
        }
        registrationNumber = text(registrationNumber, "registrationNumber", 60);
        if (timeZone == null) {
            throw new InvalidInputException("timeZone", "required");
        }
        if (currency == null) {
            throw new InvalidInputException("currency", "required");
        }
        if (taxRates == null) {
            throw new InvalidInputException("taxPercent", "required");
        }
    }

    /** An IANA time zone region by its id ({@code Europe/London}); offsets and unknown names are refused. */
    public static ZoneId zone(String id) {
        if (id == null || id.isBlank()) {
            throw new InvalidInputException("timeZone", "required");
        }
        String wanted = id.strip();
        if (!ZoneId.getAvailableZoneIds().contains(wanted)) {
            throw new InvalidInputException("timeZone", "must be an IANA time zone such as America/Chicago");
        }
        try {
            return ZoneId.of(wanted);
        } catch (DateTimeException e) {
            throw new InvalidInputException("timeZone", "must be an IANA time zone such as America/Chicago");
        }
    }

    /** An ISO 4217 currency by its code ({@code USD}). */
    public static Currency currency(String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidInputException("currency", "required");
        }
        String wanted = code.strip();
        return Currency.getAvailableCurrencies().stream()
                .filter(currency -> currency.getCurrencyCode().equals(wanted))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("currency", "must be an ISO 4217 code such as USD"));
    }

    /** The same details, closed or open. */
    public LocationDetails withClosed(boolean closedNow) {
        return new LocationDetails(
                name,
                kind,
                address,
                phone,
                registrationNumber,
                timeZone,
                currency,
                taxRates,
                closedNow,
                partConditionRequired);
    }

    private static String text(String value, String field, int longest) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > longest) {
            throw new InvalidInputException(field, "at most " + longest + " characters");
        }
        if (stripped.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException(field, "no control characters");
        }
        if (CardNumbers.containsCardNumber(stripped)) {
            throw new InvalidInputException(field, "must not contain a card number");
        }
        return stripped;
    }
}
