package app.pitwall.audit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.SortedMap;
import java.util.regex.Pattern;
import org.erdtman.jcs.JsonCanonicalizer;
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
 */
final class CanonicalJson {

    private static final Pattern PLAIN_KEY = Pattern.compile("[a-zA-Z][a-zA-Z0-9]*");

    private CanonicalJson() {}

    /** The canonical form of a JSON tree. */
    static String of(JsonNode node, JsonMapper json) {
        return of(json.writeValueAsString(node));
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
        String array = of("[" + quoted(value) + "]");
        return array.substring(1, array.length() - 1);
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
            if (!PLAIN_KEY.matcher(member.getKey()).matches()) {
                throw new IllegalArgumentException("Not a plain key: " + member.getKey());
            }
            if (!first) {
                out.append(',');
            }
            first = false;
            out.append('"').append(member.getKey()).append("\":").append(member.getValue());
        }
        return out.append('}').toString();
    }

    /** A valid JSON string literal, not necessarily canonical: the canonicalizer decides the escapes. */
    private static String quoted(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
