package app.pitwall.audit.internal;

import app.pitwall.platform.CardNumbers;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Keeps secrets and card numbers out of the audit trail by construction: a field whose name says it
 * holds a password, token, secret, one-time or recovery code, hash or key is replaced by {@value
 * #REDACTED} wherever it sits, and every string anywhere that contains a card-like number is replaced
 * by {@value #CARD_NUMBER}. Numbers that JSON cannot carry exactly (decimals, integers beyond 2^53)
 * become strings, so the canonical form never rounds them.
 */
final class Redaction {

    static final String REDACTED = "[redacted]";
    static final String CARD_NUMBER = "[redacted: card number]";

    /** Lower-case, letters-and-digits-only names that are secret wherever they appear in a field name. */
    private static final List<String> SECRET_PARTS = List.of(
            "password",
            "passphrase",
            "passcode",
            "secret",
            "token",
            "credential",
            "privatekey",
            "apikey",
            "signingkey",
            "cvv",
            "cvc",
            "cardnumber",
            "pan",
            "iban",
            "ssn");

    /** Names that are secret when a field name ends with them ({@code passwordHash}, {@code totpCode}). */
    private static final List<String> SECRET_ENDINGS = List.of(
            "hash",
            "otp",
            "totp",
            "mfacode",
            "otpcode",
            "totpcode",
            "recoverycode",
            "recoverycodes",
            "resetcode",
            "verificationcode",
            "authcode",
            "authorizationcode",
            "pin",
            "salt");

    private static final long MAX_EXACT = 1L << 53;

    private Redaction() {}

    /** The fields as a JSON object safe to store, in their given order. */
    static ObjectNode fields(Map<String, ?> fields, JsonMapper json) {
        JsonNode tree = json.valueToTree(fields == null ? Map.of() : fields);
        JsonNode clean = clean(tree);
        return clean instanceof ObjectNode object ? object : JsonNodeFactory.instance.objectNode();
    }

    /** Field names seen so far and whether each is secret: the names come from code, so the set stays small. */
    private static final Map<String, Boolean> SECRET_NAMES = new ConcurrentHashMap<>();

    private static final int MAX_REMEMBERED_NAMES = 10_000;

    /**
     * The fields, redacted, as canonical JSON (what {@link CanonicalJson#of(JsonNode, JsonMapper)} makes of
     * {@link #fields}), or null when there are none. Maps with string keys, collections, strings, booleans,
     * whole numbers and UUIDs are walked directly; any other value goes through Jackson as in {@link #fields}.
     */
    static String canonicalFields(Map<String, ?> fields, JsonMapper json) {
        if (fields == null || fields.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder(128);
        writeClean(fields, out, json);
        return out.length() == 2 ? null : out.toString();
    }

    private static void writeClean(Object value, StringBuilder out, JsonMapper json) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String text) {
            CanonicalJson.writeString(text(text), out);
        } else if (value instanceof Boolean bool) {
            out.append(bool ? "true" : "false");
        } else if (value instanceof Integer
                || value instanceof Long
                || value instanceof Short
                || value instanceof Byte) {
            long number = ((Number) value).longValue();
            if (number > MAX_EXACT || number < -MAX_EXACT) {
                CanonicalJson.writeString(Long.toString(number), out);
            } else {
                out.append(number);
            }
        } else if (value instanceof UUID uuid) {
            CanonicalJson.writeString(uuid.toString(), out);
        } else if (value instanceof Map<?, ?> map && hasStringKeys(map)) {
            TreeMap<String, Object> sorted = new TreeMap<>();
            map.forEach((key, member) -> sorted.put((String) key, member));
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, Object> member : sorted.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                CanonicalJson.writeString(member.getKey(), out);
                out.append(':');
                if (isSecretName(member.getKey())) {
                    CanonicalJson.writeString(REDACTED, out);
                } else {
                    writeClean(member.getValue(), out, json);
                }
            }
            out.append('}');
        } else if (value instanceof Collection<?> collection && !(value instanceof Map<?, ?>)) {
            out.append('[');
            boolean first = true;
            for (Object element : collection) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                writeClean(element, out, json);
            }
            out.append(']');
        } else {
            CanonicalJson.write(clean(json.valueToTree(value)), out, json);
        }
    }

    private static boolean hasStringKeys(Map<?, ?> map) {
        for (Object key : map.keySet()) {
            if (!(key instanceof String)) {
                return false;
            }
        }
        return true;
    }

    static boolean isSecretName(String name) {
        Boolean known = SECRET_NAMES.get(name);
        if (known != null) {
            return known;
        }
        boolean secret = judgeName(name);
        if (SECRET_NAMES.size() < MAX_REMEMBERED_NAMES) {
            SECRET_NAMES.put(name, secret);
        }
        return secret;
    }

    private static boolean judgeName(String name) {
        String plain = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        if (plain.equals("code") || plain.equals("key")) {
            return true;
        }
        for (String part : SECRET_PARTS) {
            if (part.equals("pan") ? plain.equals("pan") : plain.contains(part)) {
                return true;
            }
        }
        for (String ending : SECRET_ENDINGS) {
            if (plain.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** A string as it may enter the trail. */
    static String text(String value) {
        return value != null && CardNumbers.containsCardNumber(value) ? CARD_NUMBER : value;
    }

    private static JsonNode clean(JsonNode node) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (node.isObject()) {
            ObjectNode out = nodes.objectNode();
            List<String> names = new ArrayList<>(node.propertyNames());
            for (String name : names) {
                out.set(name, isSecretName(name) ? nodes.stringNode(REDACTED) : clean(node.get(name)));
            }
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = nodes.arrayNode();
            node.forEach(element -> out.add(clean(element)));
            return out;
        }
        if (node.isString()) {
            return nodes.stringNode(text(node.asString()));
        }
        if (node.isBigDecimal()) {
            return nodes.stringNode(((BigDecimal) node.numberValue()).toPlainString());
        }
        if (node.isIntegralNumber()) {
            BigInteger value = node.bigIntegerValue();
            if (value.abs().compareTo(BigInteger.valueOf(MAX_EXACT)) > 0) {
                return nodes.stringNode(value.toString());
            }
        }
        return node;
    }
}
