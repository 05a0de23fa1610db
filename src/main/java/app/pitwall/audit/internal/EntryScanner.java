package app.pitwall.audit.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads members out of a JSON document's bytes without building a tree, for {@link FilterColumns}:
 * where a member's value starts and ends, a string literal's text, and an ISO-8601 UTC time. Every
 * method answers -1, false or null for a document it cannot read, never throws.
 */
final class EntryScanner {

    private static final byte[] NULL = "null".getBytes(StandardCharsets.US_ASCII);

    private EntryScanner() {}

    /**
     * Finds the values of the given keys among the members of the object that starts at {@code
     * start}: {@code found[2k]} and {@code found[2k + 1]} are where the k-th key's value starts and
     * ends, -1 when the key is absent. False when there is no object there (start -1 included).
     */
    static boolean members(byte[] entry, int start, int[] found, byte[][] keys) {
        Arrays.fill(found, -1);
        if (start < 0 || start >= entry.length || entry[start] != '{') {
            return false;
        }
        int i = start + 1;
        if (i < entry.length && entry[i] == '}') {
            return true;
        }
        while (i < entry.length && entry[i] == '"') {
            int keyEnd = skipString(entry, i);
            if (keyEnd < 0 || keyEnd >= entry.length || entry[keyEnd] != ':') {
                return false;
            }
            int valueStart = keyEnd + 1;
            int valueEnd = skipValue(entry, valueStart);
            if (valueEnd < 0) {
                return false;
            }
            int keyLength = keyEnd - i - 2;
            for (int k = 0; k < keys.length; k++) {
                byte[] key = keys[k];
                if (keyLength == key.length
                        && entry[i + 1] == key[0]
                        && Arrays.equals(entry, i + 1, keyEnd - 1, key, 0, key.length)) {
                    found[2 * k] = valueStart;
                    found[2 * k + 1] = valueEnd;
                }
            }
            if (valueEnd >= entry.length) {
                return false;
            }
            if (entry[valueEnd] == '}') {
                return true;
            }
            if (entry[valueEnd] != ',') {
                return false;
            }
            i = valueEnd + 1;
        }
        return false;
    }

    /** One key of a member object; an absent member object has no key (true, found -1). */
    static boolean member(byte[] entry, int start, int end, int[] found, byte[][] keys) {
        if (start < 0) {
            Arrays.fill(found, -1);
            return true;
        }
        if (entry[start] != '{') {
            Arrays.fill(found, -1);
            return isNull(entry, start, end);
        }
        return members(entry, start, found, keys);
    }

    /**
     * The end (exclusive) of the string literal at {@code i}, or -1: the next quote that an even
     * number of backslashes precedes. Most of an entry is inside strings, so this is the hot loop.
     */
    static int skipString(byte[] entry, int i) {
        int j = i + 1;
        while (true) {
            while (j < entry.length && entry[j] != '"') {
                j++;
            }
            if (j >= entry.length) {
                return -1;
            }
            int k = j - 1;
            while (k > i && entry[k] == '\\') {
                k--;
            }
            if (((j - 1 - k) & 1) == 0) {
                return j + 1;
            }
            j++;
        }
    }

    /** The end (exclusive) of the value at {@code i}, or -1. */
    static int skipValue(byte[] entry, int i) {
        if (i >= entry.length) {
            return -1;
        }
        byte first = entry[i];
        if (first == '"') {
            return skipString(entry, i);
        }
        if (first == '{' || first == '[') {
            int depth = 0;
            int j = i;
            while (j < entry.length) {
                byte c = entry[j];
                if (c == '"') {
                    j = skipString(entry, j);
                    if (j < 0) {
                        return -1;
                    }
                    continue;
                }
                if (c == '{' || c == '[') {
                    depth++;
                } else if ((c == '}' || c == ']') && --depth == 0) {
                    return j + 1;
                }
                j++;
            }
            return -1;
        }
        int j = i;
        while (j < entry.length && entry[j] != ',' && entry[j] != '}' && entry[j] != ']') {
            j++;
        }
        return j == i ? -1 : j;
    }

    static boolean escaped(byte[] entry, int start, int end) {
        for (int i = start + 1; i < end - 1; i++) {
            if (entry[i] == '\\') {
                return true;
            }
        }
        return false;
    }

    /** The text of the string literal between {@code start} and {@code end}. */
    static String unescape(byte[] entry, int start, int end) {
        String literal = new String(entry, start + 1, Math.max(0, end - start - 2), StandardCharsets.UTF_8);
        StringBuilder text = new StringBuilder(literal.length());
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (c != '\\' || i + 1 >= literal.length()) {
                text.append(c);
                continue;
            }
            char escape = literal.charAt(++i);
            switch (escape) {
                case 'b' -> text.append('\b');
                case 'f' -> text.append('\f');
                case 'n' -> text.append('\n');
                case 'r' -> text.append('\r');
                case 't' -> text.append('\t');
                case 'u' -> {
                    int code = i + 4 < literal.length() ? hex(literal, i + 1) : -1;
                    if (code < 0) {
                        text.append("\\u");
                    } else {
                        text.append((char) code);
                        i += 4;
                    }
                }
                default -> text.append(escape);
            }
        }
        return text.toString();
    }

    static int hex(String text, int from) {
        try {
            return Integer.parseInt(text, from, from + 4, 16);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static boolean isNull(byte[] entry, int start, int end) {
        return Arrays.equals(entry, start, end, NULL, 0, NULL.length);
    }

    /** Epoch second and nanosecond of {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z}, or null for any other text. */
    static long[] utc(byte[] text, int from, int to) {
        if (to - from < 20
                || text[from + 4] != '-'
                || text[from + 7] != '-'
                || text[from + 10] != 'T'
                || text[from + 13] != ':'
                || text[from + 16] != ':'
                || text[to - 1] != 'Z') {
            return null;
        }
        int year = digits(text, from, 4);
        int month = digits(text, from + 5, 2);
        int day = digits(text, from + 8, 2);
        int hour = digits(text, from + 11, 2);
        int minute = digits(text, from + 14, 2);
        int second = digits(text, from + 17, 2);
        if (year < 0
                || month < 1
                || month > 12
                || day < 1
                || hour < 0
                || hour > 23
                || minute < 0
                || minute > 59
                || second < 0
                || second > 59) {
            return null;
        }
        int nanos = 0;
        int i = from + 19;
        if (i < to - 1) {
            int fraction = to - 1 - (i + 1);
            if (text[i] != '.' || fraction < 1 || fraction > 9) {
                return null;
            }
            int value = digits(text, i + 1, fraction);
            if (value < 0) {
                return null;
            }
            nanos = value;
            for (int scale = fraction; scale < 9; scale++) {
                nanos *= 10;
            }
        }
        if (day > daysIn(year, month)) {
            return null;
        }
        return new long[] {epochDay(year, month, day) * 86_400 + hour * 3_600L + minute * 60L + second, nanos};
    }

    private static int daysIn(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (the civil-from-days inverse, as in {@code LocalDate}). */
    private static long epochDay(int year, int month, int day) {
        long y = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(y, 400);
        long yearOfEra = y - era * 400;
        long dayOfYear = (153L * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097 + dayOfEra - 719_468;
    }

    /** The decimal number of {@code count} digits at {@code from}, or -1. */
    static int digits(byte[] text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            int digit = text[i] - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }
}
