package app.pitwall.platform;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spots payment card numbers in free text, so that notes and names can refuse them: Pitwall never
 * stores a card number. A candidate is 13 to 19 digits, optionally grouped by spaces or dashes,
 * that passes the Luhn check.
 */
public final class CardNumbers {

    private static final Pattern CANDIDATE = Pattern.compile("(?<![0-9])[0-9](?:[ -]?[0-9]){12,18}(?![0-9])");

    private CardNumbers() {}

    public static boolean containsCardNumber(String text) {
        if (text == null || text.length() < 13) {
            return false;
        }
        Matcher matcher = CANDIDATE.matcher(text);
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
