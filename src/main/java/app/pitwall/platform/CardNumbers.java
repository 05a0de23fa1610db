package app.pitwall.platform;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spots payment card numbers in free text, so that notes and names can refuse them: Pitwall never
 * stores a card number. A candidate is 13 to 19 digits, optionally grouped by spaces or dashes,
 * that passes the Luhn check. Digits inside a UUID are not a candidate: ids are everywhere in what is recorded.
 */
public final class CardNumbers {

    /** A UUID's digit groups can pass for a grouped card number ({@code ...-bf06-936475563853}); they are ids. */
    private static final Pattern UUID_SHAPED = Pattern.compile(
            "(?i)(?<![0-9a-f])[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![0-9a-f])");

    private static final Pattern CANDIDATE = Pattern.compile("(?<![0-9])[0-9](?:[ -]?[0-9]){12,18}(?![0-9])");

    private CardNumbers() {}

    public static boolean containsCardNumber(String text) {
        if (text == null || text.length() < 13) {
            return false;
        }
        Matcher matcher = CANDIDATE.matcher(UUID_SHAPED.matcher(text).replaceAll(" "));
        while (matcher.find()) {
            if (luhnValid(matcher.group().replaceAll("[ -]", ""))) {
                return true;
            }
        }
        return false;
    }

    static boolean luhnValid(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }
}
