package app.pitwall.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.platform.TenantId;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Audit entries are hashed over RFC 8785 canonical JSON; the RFC's own examples hold. */
class CanonicalJsonTest {

    @Test
    void theRfcExampleOfPrimitiveValuesIsCanonicalised() {
        String input = """
                {
                  "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
                  "string": "\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\"\\/",
                  "literals": [null, true, false]
                }""";

        assertThat(CanonicalJson.of(input))
                .isEqualTo("{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],"
                        + "\"string\":\"€$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}");
    }

    @Test
    void keysAreSortedByUtf16CodeUnitsAsTheRfcExampleShows() {
        String input = """
                {
                  "\\u20ac": "Euro Sign",
                  "\\r": "Carriage Return",
                  "\\ufb33": "Hebrew Letter Dalet With Dagesh",
                  "1": "One",
                  "\\ud83d\\ude00": "Emoji: Grinning Face",
                  "\\u0080": "Control",
                  "\\u00f6": "Latin Small Letter O With Diaeresis"
                }""";

        assertThat(CanonicalJson.of(input))
                .isEqualTo("{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\","
                        + "\"ö\":\"Latin Small Letter O With Diaeresis\",\"€\":\"Euro Sign\","
                        + "\"\uD83D\uDE00\":\"Emoji: Grinning Face\",\"\uFB33\":\"Hebrew Letter Dalet With Dagesh\"}");
    }

    @Test
    void stringsUseTheShortEscapesAndNothingElse() {
        assertThat(CanonicalJson.string("tab\there \"quoted\" back\\slash \u0001 é €"))
                .isEqualTo("\"tab\\there \\\"quoted\\\" back\\\\slash \\u0001 é €\"");
    }

    @Test
    void anEntryJoinedFromCanonicalMembersIsTheCanonicalFormOfTheWholeDocument() {
        TreeMap<String, String> members = new TreeMap<>();
        members.put("time", CanonicalJson.string("2026-01-02T03:04:05.123456Z"));
        members.put("action", CanonicalJson.string("customer.changed"));
        members.put("change", CanonicalJson.of("{\"before\": {\"b\": 1.50, \"a\": \"x\"}, \"after\": {\"a\": \"y\"}}"));
        members.put("subject", CanonicalJson.of("{\"type\": \"customer\", \"id\": \"42\"}"));
        members.put("actor", CanonicalJson.of("{\"kind\": \"system\"}"));
        PendingEntry entry = new PendingEntry(new TenantId(UUID.randomUUID()), members);

        String document = entry.document(7);

        assertThat(document).isEqualTo(CanonicalJson.of(document));
        assertThat(document)
                .startsWith("{\"action\":\"customer.changed\",\"actor\":{\"kind\":\"system\"},\"change\":{\"after\"")
                .contains("\"seq\":7,\"subject\":{\"id\":\"42\",\"type\":\"customer\"}");
    }
}
