package app.pitwall.customers;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A vehicle identification number as written on the title, door jamb or dash.
 *
 * <p>{@link #check(String)} normalizes what the counter typed (trimmed, upper case, without spaces or dashes) and says
 * whether Pitwall accepts it, decoding the manufacturer and model year where it can. A 17-character VIN must not
 * contain I, O or Q, and a North American one (starting 1 to 5) must carry the right check digit in position 9. VINs
 * from elsewhere, and the 5 to 16 character numbers of pre-1981 or non-standard vehicles, are accepted with a warning
 * rather than refused. A {@code Vin} instance always holds a normalized value that passed the check.
 */
public record Vin(String value) {

    private static final Pattern LETTERS_AND_DIGITS = Pattern.compile("[A-Z0-9]+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s-]");
    private static final String VALUE_BY_BASE36_DIGIT = "012345678912345678012345070923456789";
    private static final int[] WEIGHTS = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};
    private static final int MODERN_LENGTH = 17;
    private static final int SHORTEST_LENGTH = 5;

    /** Normalizes {@code value}; throws {@link IllegalArgumentException} with the check's error if it is refused. */
    public Vin {
        VinCheck check = check(value);
        if (!check.valid()) {
            throw new IllegalArgumentException(check.error());
        }
        value = check.normalized();
    }

    /** Checks a VIN as typed, decoding the model year relative to this year. */
    public static VinCheck check(String raw) {
        return check(raw, Year.now());
    }

    /** Checks a VIN as typed, decoding the model year relative to {@code currentYear}. */
    public static VinCheck check(String raw, Year currentYear) {
        String vin = raw == null ? "" : SEPARATORS.matcher(raw).replaceAll("").toUpperCase(Locale.ROOT);
        if (vin.isEmpty()) {
            return VinCheck.refused(vin, "VIN is required");
        }
        if (!LETTERS_AND_DIGITS.matcher(vin).matches()) {
            return VinCheck.refused(vin, "VIN may contain only letters and digits");
        }
        if (vin.length() > MODERN_LENGTH) {
            return VinCheck.refused(vin, "VIN is too long: " + vin.length() + " characters, at most 17 allowed");
        }
        if (vin.length() < SHORTEST_LENGTH) {
            return VinCheck.refused(vin, "VIN is too short: " + vin.length() + " characters, at least 5 needed");
        }
        if (vin.length() < MODERN_LENGTH) {
            return new VinCheck(
                    vin,
                    true,
                    List.of("not a 17-character VIN; accepted as a pre-1981 or non-standard identifier"),
                    null,
                    null,
                    null);
        }
        if (vin.chars().anyMatch(c -> c == 'I' || c == 'O' || c == 'Q')) {
            return VinCheck.refused(vin, "VIN must not contain the letters I, O or Q");
        }
        List<String> warnings = new ArrayList<>();
        char actual = vin.charAt(8);
        char expected = checkDigit(vin);
        if (actual != expected) {
            if (ModelYears.isNorthAmerican(vin)) {
                return VinCheck.refused(vin, "VIN check digit is " + actual + " but should be " + expected);
            }
            warnings.add("check digit " + actual + " does not match the North American calculation (" + expected
                    + "); check digit not verified outside North America");
        }
        String manufacturer = WorldManufacturers.bundled().of(vin).orElse(null);
        return new VinCheck(vin, true, warnings, null, manufacturer, ModelYears.of(vin, currentYear));
    }

    private static char checkDigit(String vin) {
        int sum = 0;
        for (int position = 0; position < MODERN_LENGTH; position++) {
            int index = Character.digit(vin.charAt(position), 36);
            sum += Character.digit(VALUE_BY_BASE36_DIGIT.charAt(index), 10) * WEIGHTS[position];
        }
        int remainder = sum % 11;
        return remainder == 10 ? 'X' : (char) ('0' + remainder);
    }

    /**
     * The outcome of checking a VIN: the normalized text, whether Pitwall accepts it, warnings worth showing even when
     * it is accepted, the reason when it is refused, and the manufacturer and model year when they could be decoded.
     */
    public record VinCheck(
            String normalized,
            boolean valid,
            List<String> warnings,
            String error,
            String manufacturer,
            Integer modelYear) {

        public VinCheck {
            warnings = List.copyOf(warnings);
        }

        private static VinCheck refused(String normalized, String error) {
            return new VinCheck(normalized, false, List.of(), error, null, null);
        }
    }
}
