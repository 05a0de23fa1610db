package app.pitwall.audit.internal;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.util.Arrays;

/**
 * Checks the columns of a stored row that filters and lists select by (tenant, time, action, actor,
 * subject type and id) against the hashed entry they were copied from. The hash proves the entry;
 * only this proves that a row found by "what did this person do" or "what happened to this
 * customer" is the row the entry describes, and that no row was hidden from such a question by
 * editing its columns. The columns mean what {@code pitwall_audit_append} copies: {@code ->>} of
 * {@code action}, {@code actor.id}, {@code subject.type}, {@code subject.id}, and {@code time} as a
 * timestamp; an absent member or JSON null is SQL NULL.
 *
 * <p>It runs on every entry the verifier hashes, on the same stored bytes, and builds no JSON tree.
 * An entry as Pitwall writes it (canonical: sorted keys, so {@code action} and {@code actor} lead and
 * {@code seq}, {@code subject}, {@code tenant}, {@code time} close it) is checked by comparing those
 * places with what the columns say, byte for byte: a prefix and a suffix of the entry. The entry is
 * known to be valid JSON (the append function parsed it), and a string literal without escapes
 * cannot end early, so a match there is the member and nothing else. Anything else, and every
 * mismatch, is decided by reading the top-level members in one pass ({@link EntryScanner}), which
 * also says what differs.
 */
final class FilterColumns {

    private static final byte[] ACTION = ascii("action");
    private static final byte[] ACTOR = ascii("actor");
    private static final byte[] SUBJECT = ascii("subject");
    private static final byte[] TENANT = ascii("tenant");
    private static final byte[] TIME = ascii("time");
    private static final byte[] ID = ascii("id");
    private static final byte[] TYPE = ascii("type");
    private static final byte[][] ENTRY_KEYS = {ACTION, ACTOR, SUBJECT, TENANT, TIME};
    private static final byte[][] ACTOR_KEYS = {ID};
    private static final byte[][] SUBJECT_KEYS = {ID, TYPE};

    private static final byte[] STARTS_ACTION = ascii("{\"action\":\"");
    private static final byte[] STARTS_ACTOR = ascii("\",\"actor\":{");
    private static final byte[] ACTOR_ID = ascii("\"id\":\"");
    private static final byte[] ACTOR_KIND = ascii("\"kind\":");
    private static final byte[] TIME_KEY = ascii(",\"time\":\"");
    private static final byte[] SUBJECT_ENDS = ascii("\"}");
    private static final byte[] SUBJECT_TYPE = ascii("\"type\":\"");
    private static final byte[] SUBJECT_ID_ENDS = ascii("\",");
    private static final byte[] SUBJECT_ID = ascii("{\"id\":\"");
    private static final byte[] SUBJECT_KEY = ascii(",\"subject\":");
    private static final byte[] SEQ_KEY = ascii(",\"seq\":");

    private final byte[] tenant;
    private final byte[] tenantMember;

    /** A checker for the rows of one tenant's chain. */
    FilterColumns(String tenant) {
        this.tenant = tenant.getBytes(StandardCharsets.UTF_8);
        this.tenantMember = (",\"tenant\":" + CanonicalJson.string(tenant)).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * What the row's columns say that its entry does not, as a sentence; null when they agree.
     *
     * @param entry the stored entry's bytes (UTF-8)
     * @param seq the row's sequence number
     * @param action the text columns as their UTF-8 bytes, null for SQL NULL
     */
    String disagreement(
            byte[] entry,
            long seq,
            OffsetDateTime occurredAt,
            byte[] action,
            byte[] actorId,
            byte[] subjectType,
            byte[] subjectId) {
        if (asWritten(entry, seq, occurredAt, action, actorId, subjectType, subjectId)) {
            return null;
        }
        return scanned(entry, occurredAt, action, actorId, subjectType, subjectId);
    }

    /** Whether the entry, read as Pitwall writes entries, holds exactly the columns' values. */
    private boolean asWritten(
            byte[] entry,
            long seq,
            OffsetDateTime occurredAt,
            byte[] action,
            byte[] actorId,
            byte[] subjectType,
            byte[] subjectId) {
        if (occurredAt == null || !plain(action) || !plain(subjectType) || !plain(actorId) || !plain(subjectId)) {
            return false;
        }
        int at = after(entry, 0, STARTS_ACTION);
        at = after(entry, at, action);
        at = after(entry, at, STARTS_ACTOR);
        if (actorId == null) {
            if (after(entry, at, ACTOR_KIND) < 0) {
                return false;
            }
        } else {
            at = after(entry, after(entry, at, ACTOR_ID), actorId);
            if (at < 0
                    || at + 1 >= entry.length
                    || entry[at] != '"'
                    || (entry[at + 1] != ',' && entry[at + 1] != '}')) {
                return false;
            }
        }
        int end = entry.length;
        if (end < 4 || entry[end - 1] != '}' || entry[end - 2] != '"') {
            return false;
        }
        int opening = end - 3;
        while (opening >= 0 && entry[opening] != '"') {
            opening--;
        }
        long[] time = EntryScanner.utc(entry, opening + 1, end - 2);
        if (time == null || time[0] != occurredAt.toEpochSecond() || time[1] != occurredAt.getNano()) {
            return false;
        }
        int back = before(entry, opening + 1, TIME_KEY);
        back = before(entry, back, tenantMember);
        back = before(entry, back, SUBJECT_ENDS);
        back = before(entry, back, subjectType);
        back = before(entry, back, SUBJECT_TYPE);
        if (subjectId == null) {
            back = back > 0 && entry[back - 1] == '{' ? back - 1 : -1;
        } else {
            back = before(entry, back, SUBJECT_ID_ENDS);
            back = before(entry, back, subjectId);
            back = before(entry, back, SUBJECT_ID);
        }
        back = before(entry, back, SUBJECT_KEY);
        back = beforeNumber(entry, back, seq);
        return before(entry, back, SEQ_KEY) >= 0;
    }

    /** The general check, member by member; also says what differs. */
    private String scanned(
            byte[] entry,
            OffsetDateTime occurredAt,
            byte[] action,
            byte[] actorId,
            byte[] subjectType,
            byte[] subjectId) {
        int[] top = new int[10];
        if (!EntryScanner.members(entry, 0, top, ENTRY_KEYS)) {
            return "the entry is not a JSON object the columns could be read from";
        }
        if (!same(entry, top[0], top[1], action)) {
            return differs("action", action, entry, top[0], top[1]);
        }
        int[] actor = new int[2];
        if (!EntryScanner.member(entry, top[2], top[3], actor, ACTOR_KEYS)) {
            return "the entry's actor is not a JSON object";
        }
        if (!same(entry, actor[0], actor[1], actorId)) {
            return differs("actor_id", actorId, entry, actor[0], actor[1]);
        }
        int[] subject = new int[4];
        if (!EntryScanner.members(entry, top[4], subject, SUBJECT_KEYS) && top[4] >= 0) {
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

    /** Where {@code piece} ends if it stands at {@code at}; -1 if not (or {@code at} is -1). */
    private static int after(byte[] entry, int at, byte[] piece) {
        if (at < 0 || piece == null || at + piece.length > entry.length) {
            return -1;
        }
        return Arrays.equals(entry, at, at + piece.length, piece, 0, piece.length) ? at + piece.length : -1;
    }

    /** Where {@code piece} starts if it ends at {@code end}; -1 if not (or {@code end} is -1). */
    private static int before(byte[] entry, int end, byte[] piece) {
        if (end < 0 || piece == null || end - piece.length < 0) {
            return -1;
        }
        int start = end - piece.length;
        return Arrays.equals(entry, start, end, piece, 0, piece.length) ? start : -1;
    }

    /** Where the decimal digits of {@code number} start if they end at {@code end}; -1 if not. */
    private static int beforeNumber(byte[] entry, int end, long number) {
        if (end < 0 || number < 0) {
            return -1;
        }
        int at = end;
        long rest = number;
        do {
            if (--at < 0 || entry[at] != '0' + (int) (rest % 10)) {
                return -1;
            }
            rest /= 10;
        } while (rest > 0);
        return at;
    }

    /**
     * Whether a column's text, compared raw with the entry, can only match a whole string literal: it
     * has no quote or backslash (a raw control character never matches, the entry escapes those).
     */
    private static boolean plain(byte[] text) {
        if (text == null) {
            return true;
        }
        for (byte b : text) {
            if (b == '"' || b == '\\') {
                return false;
            }
        }
        return true;
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
        if (start < 0 || EntryScanner.isNull(entry, start, end)) {
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
        return EntryScanner.escaped(entry, start, end)
                && EntryScanner.unescape(entry, start, end).equals(new String(column, StandardCharsets.UTF_8));
    }

    /** Whether the entry's time is the column's instant: the form Pitwall writes read digit by digit, any other parsed. */
    private static boolean sameTime(byte[] entry, int start, int end, OffsetDateTime column) {
        if (start < 0 || column == null || entry[start] != '"') {
            return false;
        }
        long[] read = EntryScanner.utc(entry, start + 1, end - 1);
        if (read != null) {
            return read[0] == column.toEpochSecond() && read[1] == column.getNano();
        }
        try {
            return OffsetDateTime.parse(EntryScanner.unescape(entry, start, end))
                    .toInstant()
                    .equals(column.toInstant());
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
