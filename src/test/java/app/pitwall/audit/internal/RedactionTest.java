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
}
