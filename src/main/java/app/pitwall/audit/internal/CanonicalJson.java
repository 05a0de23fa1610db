package app.pitwall.audit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.erdtman.jcs.JsonCanonicalizer;
import org.erdtman.jcs.NumberToJSON;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 8785 (JCS) canonical JSON: sorted keys, no insignificant white space, minimal string escapes,
 * ECMAScript number forms. The bytes an audit entry is hashed over, so that anyone with any JCS
 * implementation can hash the same document to the same bytes.
 *
 * <p>An entry's top-level members are canonicalised one by one when the event is recorded and joined
 * by {@link #object} when its sequence number is known; joining canonical members under sorted plain
 * keys is exactly what JCS would produce for the whole object.
 *
 * <p>Trees and strings are written in canonical form directly, in one pass, the way the JCS
 * reference serialiser writes a parsed document: keys sorted by UTF-16 code units, only {@code "},
 * {@code \} and control characters escaped (the five short forms, else <code>&#92;u00xx</code>), numbers in
 * their ECMAScript form. This is the hot path of every audited change; {@link #of(String)} (the JCS
 * library parsing a text) remains for texts and is the reference the tests compare against.
 */
final class CanonicalJson {

    private static final long MAX_EXACT = 1L << 53;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private CanonicalJson() {}

    /** The canonical form of a JSON tree. */
    static String of(JsonNode node, JsonMapper json) {
        StringBuilder out = new StringBuilder(128);
        write(node, out, json);
        return out.toString();
    }

    /** The canonical form of a JSON text. */
    static String of(String jsonText) {
        try {
            return new JsonCanonicalizer(jsonText).getEncodedString();
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON: " + e.getMessage(), e);
        }
    }

    /** A JSON string literal in canonical form. */
    static String string(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2);
        writeString(value, out);
        return out.toString();
    }

    /**
     * The canonical object whose members are already canonical.
     *
     * @param members plain ASCII keys (sorted by the map) to canonical JSON values
     */
    static String object(SortedMap<String, String> members) {
        StringBuilder out = new StringBuilder(512);
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, String> member : members.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            member(out, member.getKey(), member.getValue());
        }
        return out.append('}').toString();
    }

    /** Appends {@code "key":value} for a plain ASCII key and an already canonical value. */
    static void member(StringBuilder out, String key, String canonicalValue) {
        if (!isPlainKey(key)) {
            throw new IllegalArgumentException("Not a plain key: " + key);
        }
        out.append('"').append(key).append("\":").append(canonicalValue);
    }

    /** A letter followed by letters and digits, ASCII only: needs no escape and sorts as it reads. */
    static boolean isPlainKey(String key) {
        if (key.isEmpty() || !isAsciiLetter(key.charAt(0))) {
            return false;
        }
        for (int i = 1; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!isAsciiLetter(c) && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** Appends the canonical form of a tree. */
    static void write(JsonNode node, StringBuilder out, JsonMapper json) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            out.append("null");
        } else if (node.isObject()) {
            List<String> names = new ArrayList<>(node.propertyNames());
            Collections.sort(names);
            out.append('{');
            for (int i = 0; i < names.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                writeString(names.get(i), out);
                out.append(':');
                write(node.get(names.get(i)), out, json);
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(node.get(i), out, json);
            }
            out.append(']');
        } else if (node.isString()) {
            writeString(node.asString(), out);
        } else if (node.isBoolean()) {
            out.append(node.booleanValue() ? "true" : "false");
        } else if (node.isIntegralNumber() && fitsExactly(node)) {
            out.append(node.longValue());
        } else if (node.isNumber()) {
            out.append(number(node));
        } else {
            // Binary or POJO leaves: whatever Jackson writes for them, canonicalised by the library.
            out.append(of(json.writeValueAsString(node)));
        }
    }

    private static boolean fitsExactly(JsonNode node) {
        if (node.canConvertToLong()) {
            long value = node.longValue();
            return value >= -MAX_EXACT && value <= MAX_EXACT;
        }
        return false;
    }

    /** A number as ECMAScript writes the double it parses to, as JCS defines. */
    private static String number(JsonNode node) {
        Number value = node.numberValue();
        double d;
        if (value instanceof Float f) {
            d = Double.parseDouble(Float.toString(f)); // as the text Jackson writes for it parses
        } else if (value instanceof BigInteger big) {
            d = Double.parseDouble(big.toString());
        } else if (value instanceof java.math.BigDecimal decimal) {
            d = Double.parseDouble(decimal.toString());
        } else {
            d = value.doubleValue();
        }
        try {
            return NumberToJSON.serializeNumber(d);
        } catch (IOException e) {
            throw new IllegalArgumentException("Not a JSON number: " + value, e);
        }
    }

    /** Appends a string literal with exactly the escapes JCS prescribes. */
    static void writeString(String value, StringBuilder out) {
        out.append('"');
        int length = value.length();
        int start = 0;
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') {
                continue;
            }
            out.append(value, start, i);
            start = i + 1;
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        out.append(value, start, length).append('"');
    }
}
