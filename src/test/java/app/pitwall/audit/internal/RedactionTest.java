package app.pitwall.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Secrets and card numbers never enter the trail, wherever they sit in an event's fields. */
class RedactionTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "password",
                "newPassword",
                "password_hash",
                "passwordHash",
                "totpSecret",
                "refreshToken",
                "apiKey",
                "code",
                "totpCode",
                "recoveryCodes",
                "tokenHash",
                "privateKey",
                "cvv",
                "pin",
                "salt"
            })
    void aFieldNamedLikeASecretIsRedacted(String name) {
        ObjectNode clean = Redaction.fields(Map.of(name, "hunter2-secret-value"), json);

        assertThat(clean.get(name).asString()).isEqualTo(Redaction.REDACTED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"postalCode", "lastName", "countryCode", "currencyCode", "email", "role", "vin"})
    void anOrdinaryFieldIsKept(String name) {
        ObjectNode clean = Redaction.fields(Map.of(name, "ordinary value"), json);

        assertThat(clean.get(name).asString()).isEqualTo("ordinary value");
    }

    @Test
    void secretsAndCardNumbersAreRedactedInsideNestedValues() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("token", "abc");
        inner.put("note", "paid with 4111-1111-1111-1111");
        ObjectNode clean = Redaction.fields(Map.of("details", Map.of("items", List.of(inner))), json);

        String text = clean.toString();
        assertThat(text).doesNotContain("abc").doesNotContain("4111");
        assertThat(text).contains(Redaction.REDACTED).contains(Redaction.CARD_NUMBER);
    }

    @Test
    void decimalsAndHugeIntegersBecomeExactStrings() {
        ObjectNode clean = Redaction.fields(
                Map.of("amount", new BigDecimal("19.90"), "big", 9_007_199_254_740_993L, "count", 3), json);

        assertThat(clean.get("amount").asString()).isEqualTo("19.90");
        assertThat(clean.get("big").asString()).isEqualTo("9007199254740993");
        assertThat(clean.get("count").isInt()).isTrue();
    }

    enum Kind {
        PERSON,
        COMPANY
    }

    record Line(String description, BigDecimal price, String apiToken, List<Integer> hours) {}

    @Test
    void theDirectCanonicalFormIsTheCanonicalFormOfTheRedactedTree() {
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("street", "1 Main St");
        address.put("city", null);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("lastName", "Müller \"quoted\"\n");
        fields.put("password", Map.of("nested", "x"));
        fields.put("address", address);
        fields.put("emails", List.of("a@example.com", "card 4111 1111 1111 1111"));
        fields.put("tags", new java.util.LinkedHashSet<>(List.of("b", "a")));
        fields.put("kind", Kind.PERSON);
        fields.put("amount", new BigDecimal("19.90"));
        fields.put("ratio", 0.25);
        fields.put("small", 0.1f);
        fields.put("big", 9_007_199_254_740_993L);
        fields.put("negativeBig", Long.MIN_VALUE);
        fields.put("huge", new java.math.BigInteger("123456789012345678901234567890"));
        fields.put("count", 3);
        fields.put("short", (short) 7);
        fields.put("flag", true);
        fields.put("id", java.util.UUID.fromString("afe66458-d9d4-4f1b-9e68-8bf9bf105018"));
        fields.put("at", java.time.Instant.parse("2026-01-02T03:04:05.123456Z"));
        fields.put("on", java.time.LocalDate.parse("2026-01-02"));
        fields.put("line", new Line("Oil 4111111111111111", new BigDecimal("1.50"), "secret", List.of(1, 2)));
        fields.put("byId", Map.of(java.util.UUID.fromString("afe66458-d9d4-4f1b-9e68-8bf9bf105018"), "x"));
        fields.put("optional", java.util.Optional.of("x"));
        fields.put("array", new int[] {1, 2});
        fields.put("empty", Map.of());

        assertThat(Redaction.canonicalFields(fields, json))
                .isEqualTo(CanonicalJson.of(Redaction.fields(fields, json), json))
                .doesNotContain("4111")
                .doesNotContain("secret");
        assertThat(Redaction.canonicalFields(Map.of(), json)).isNull();
        assertThat(Redaction.canonicalFields(null, json)).isNull();
    }
}
