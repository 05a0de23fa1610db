package app.pitwall.audit.internal;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;

/**
 * Checks the columns of a stored row that filters and lists select by (tenant, time, action, actor,
 * subject type and id) against the hashed entry they were copied from. The hash proves the entry;
 * only this proves that a row found by "what did this person do" or "what happened to this
 * customer" is the row the entry describes, and that no row was hidden from such a question by
 * editing its columns.
 *
 * <p>It works on the entry's stored canonical bytes, as the verifier hashes them, without building
 * a tree: one pass over the top-level members, compared byte for byte with the columns' UTF-8 bytes
 * (a string the canonical form had to escape is decoded first). The columns mean what {@code
 * pitwall_audit_append} copies: {@code ->>} of {@code action}, {@code actor.id}, {@code
 * subject.type}, {@code subject.id}, and {@code time} as a timestamp; an absent member or JSON null
 * is SQL NULL. Runs on every entry, so it allocates little and never throws on a malformed entry,
 * which it reports instead.
 */
final class FilterColumns {

    private static final byte[] ACTION = ascii("action");
    private static final byte[] ACTOR = ascii("actor");
    private static final byte[] SUBJECT = ascii("subject");
    private static final byte[] TENANT = ascii("tenant");
    private static final byte[] TIME = ascii("time");
    private static final byte[] ID = ascii("id");
    private static final byte[] TYPE = ascii("type");
    private static final byte[] NULL = ascii("null");

    private final byte[] tenant;

    /** A checker for the rows of one tenant's chain. */
    FilterColumns(String tenant) {
        this.tenant = tenant.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * What the row's columns say that its entry does not, as a sentence; null when they agree.
     *
     * @param entry the stored entry's bytes (UTF-8)
     * @param text columns as their UTF-8 bytes, null for SQL NULL
     */
    String disagreement(
            byte[] entry,
            OffsetDateTime occurredAt,
            byte[] action,
            byte[] actorId,
            byte[] subjectType,
            byte[] subjectId) {
        int[] top = new int[10];
        if (!members(entry, 0, top, ACTION, ACTOR, SUBJECT, TENANT, TIME)) {
            return "the entry is not a JSON object the columns could be read from";
        }
        if (!same(entry, top[0], top[1], action)) {
            return differs("action", action, entry, top[0], top[1]);
        }
        int[] actor = new int[2];
        if (!member(entry, top[2], top[3], actor, ID)) {
            return "the entry's actor is not a JSON object";
        }
        if (!same(entry, actor[0], actor[1], actorId)) {
            return differs("actor_id", actorId, entry, actor[0], actor[1]);
        }
        int[] subject = new int[4];
        if (!members(entry, top[4], subject, ID, TYPE) && top[4] >= 0) {
            return "the entry's subject is not a JSON object";
        }
        if (!same(entry, subject[2], subject[3], subjectType)) {
            return differs("subject_type", subjectType, entry, subject[2], subject[3]);
        }
        if (!same(entry, subject[0], subject[1], subjectId)) {
            return differs("subject_id", subjectId, entry, subject[0], subject[1]);
        }
        if (!same(entry, top[6], top[7], tenant)) {
            return differs("tenant_id", tenant, entry, top[6], top[7]);
        }
        if (!sameTime(entry, top[8], top[9], occurredAt)) {
            return "its column occurred_at says " + (occurredAt == null ? "NULL" : occurredAt.toInstant())
                    + " where the entry has the time " + shown(entry, top[8], top[9]);
        }
        return null;
    }

    private static String differs(String column, byte[] value, byte[] entry, int start, int end) {
        return "its column " + column + " says "
                + (value == null ? "NULL" : "\"" + new String(value, StandardCharsets.UTF_8) + "\"")
                + " where the entry has " + shown(entry, start, end);
    }

    private static String shown(byte[] entry, int start, int end) {
        return start < 0 ? "nothing" : new String(entry, start, end - start, StandardCharsets.UTF_8);
    }

    /** Whether a member's value means the column's text: {@code ->>} of it, with absent or null as NULL. */
    private static boolean same(byte[] entry, int start, int end, byte[] column) {
        if (start < 0 || isNull(entry, start, end)) {
            return column == null;
        }
        if (column == null) {
            return false;
        }
        if (entry[start] != '"') {
            return Arrays.equals(entry, start, end, column, 0, column.length);
        }
        if (Arrays.equals(entry, start + 1, end - 1, column, 0, column.length)) {
            return true;
        }
        return escaped(entry, start, end)
                && unescape(entry, start, end).equals(new String(column, StandardCharsets.UTF_8));
    }

    /** Whether the entry's time is the column's instant; its usual form is {@link Instant#toString()}. */
    private static boolean sameTime(byte[] entry, int start, int end, OffsetDateTime column) {
        if (start < 0 || column == null || entry[start] != '"') {
            return false;
        }
        Instant at = column.toInstant();
        byte[] usual = at.toString().getBytes(StandardCharsets.US_ASCII);
        if (Arrays.equals(entry, start + 1, end - 1, usual, 0, usual.length)) {
            return true;
        }
        try {
            return OffsetDateTime.parse(unescape(entry, start, end)).toInstant().equals(at);
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static boolean isNull(byte[] entry, int start, int end) {
        return Arrays.equals(entry, start, end, NULL, 0, NULL.length);
    }

    /**
     * Finds the values of the given keys among the members of the object that starts at {@code
     * start}: {@code found[2k]} and {@code found[2k + 1]} are where the k-th key's value starts and
     * ends, -1 when the key is absent. False when there is no object there (start -1 included).
     */
    private static boolean members(byte[] entry, int start, int[] found, byte[]... keys) {
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
            for (int k = 0; k < keys.length; k++) {
                if (Arrays.equals(entry, i + 1, keyEnd - 1, keys[k], 0, keys[k].length)) {
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
    private static boolean member(byte[] entry, int start, int end, int[] found, byte[] key) {
        if (start < 0) {
            Arrays.fill(found, -1);
            return true;
        }
        if (entry[start] != '{') {
            Arrays.fill(found, -1);
            return isNull(entry, start, end);
        }
        return members(entry, start, found, key);
    }

    /** The end (exclusive) of the string literal at {@code i}, or -1. */
    private static int skipString(byte[] entry, int i) {
        for (int j = i + 1; j < entry.length; j++) {
            byte c = entry[j];
            if (c == '\\') {
                j++;
            } else if (c == '"') {
                return j + 1;
            }
        }
        return -1;
    }

    /** The end (exclusive) of the value at {@code i}, or -1. */
    private static int skipValue(byte[] entry, int i) {
        if (i >= entry.length) {
            return -1;
        }
        byte first = entry[i];
        if (first == '"') {
            return skipString(entry, i);
        }
        if (first == '{' || first == '[') {
            int depth = 0;
            for (int j = i; j < entry.length; j++) {
                byte c = entry[j];
                if (c == '"') {
                    j = skipString(entry, j);
                    if (j < 0) {
                        return -1;
                    }
                    j--;
                } else if (c == '{' || c == '[') {
                    depth++;
                } else if ((c == '}' || c == ']') && --depth == 0) {
                    return j + 1;
                }
            }
            return -1;
        }
        int j = i;
        while (j < entry.length && entry[j] != ',' && entry[j] != '}' && entry[j] != ']') {
            j++;
        }
        return j == i ? -1 : j;
    }

    private static boolean escaped(byte[] entry, int start, int end) {
        for (int i = start + 1; i < end - 1; i++) {
            if (entry[i] == '\\') {
                return true;
            }
        }
        return false;
    }

    /** The text of the string literal between {@code start} and {@code end}. */
    private static String unescape(byte[] entry, int start, int end) {
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

    private static int hex(String text, int from) {
        try {
            return Integer.parseInt(text, from, from + 4, 16);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
