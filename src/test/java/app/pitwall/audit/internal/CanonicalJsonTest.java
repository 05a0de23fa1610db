package app.pitwall.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.platform.TenantId;
import app.pitwall.support.Seeds;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

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

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void treesAreWrittenExactlyAsTheJcsLibraryCanonicalisesTheirText() {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode tree = nodes.objectNode();
        tree.put("\u20ac", "Euro Sign");
        tree.put("\r", "Carriage Return");
        tree.put("\ud83d\ude00", "Emoji");
        tree.put("b", 1.5);
        tree.put("a", -0.0);
        tree.put("float", 0.1f);
        tree.put("double", 333333333.33333329);
        tree.put("tiny", 1e-27);
        tree.put("huge", 1e30);
        tree.put("long", Long.MAX_VALUE);
        tree.put("exact", (1L << 53));
        tree.put("big", new BigInteger("123456789012345678901234567890"));
        tree.put("decimal", new BigDecimal("4.50"));
        tree.put("yes", true);
        tree.putNull("nothing");
        ArrayNode array = tree.putArray("list");
        array.add("x\u0000\u001f\u007f\"\\/\b\f\n\r\t\u2028é");
        array.addObject().put("z", 1).put("A", 2);
        array.add(nodes.arrayNode());
        tree.putObject("empty");

        assertThat(CanonicalJson.of(tree, JSON)).isEqualTo(CanonicalJson.of(JSON.writeValueAsString(tree)));
    }

    @Test
    void randomTreesAgreeWithTheJcsLibrary() {
        Seeds.Seeded seeded = Seeds.random("CanonicalJsonTest");
        Random random = seeded.random();
        for (int i = 0; i < 2_000; i++) {
            JsonNode tree = randomNode(random, 0);
            assertThat("[" + CanonicalJson.of(tree, JSON) + "]")
                    .as(seeded.describe("tree " + i))
                    .isEqualTo(CanonicalJson.of("[" + JSON.writeValueAsString(tree) + "]"));
        }
    }

    @Test
    void stringsAgreeWithTheJcsLibraryForEveryCharacterBelowTwoHundredFiftySix() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 256; c++) {
            all.append(c);
        }
        String text = all.toString();
        assertThat("[" + CanonicalJson.string(text) + "]")
                .isEqualTo(CanonicalJson.of("[" + JSON.writeValueAsString(text) + "]"));
    }

    @Test
    void theDocumentIsCutExactlyWhereTheSequenceNumberGoes() {
        TreeMap<String, String> members = new TreeMap<>();
        members.put("action", CanonicalJson.string("a.b"));
        PendingEntry last = new PendingEntry(new TenantId(UUID.randomUUID()), members);
        assertThat(last.document(3)).isEqualTo("{\"action\":\"a.b\",\"seq\":3}");
        members.put("time", CanonicalJson.string("t"));
        PendingEntry middle = new PendingEntry(new TenantId(UUID.randomUUID()), members);
        assertThat(middle.document(3)).isEqualTo("{\"action\":\"a.b\",\"seq\":3,\"time\":\"t\"}");
        members.remove("action");
        PendingEntry first = new PendingEntry(new TenantId(UUID.randomUUID()), members);
        assertThat(first.document(12)).isEqualTo("{\"seq\":12,\"time\":\"t\"}");
    }

    private static JsonNode randomNode(Random random, int depth) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        int kind = random.nextInt(depth > 3 ? 6 : 8);
        return switch (kind) {
            case 0 -> nodes.nullNode();
            case 1 -> nodes.booleanNode(random.nextBoolean());
            case 2 -> nodes.numberNode(random.nextLong() >> random.nextInt(64));
            case 3 -> nodes.numberNode(finiteDouble(random) % 1e25);
            case 4 -> nodes.numberNode(random.nextInt(1000) / (double) (1 + random.nextInt(1000)));
            case 5 -> nodes.stringNode(randomText(random));
            case 6 -> {
                ArrayNode array = nodes.arrayNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    array.add(randomNode(random, depth + 1));
                }
                yield array;
            }
            default -> {
                ObjectNode object = nodes.objectNode();
                for (int i = random.nextInt(5); i > 0; i--) {
                    object.set(randomText(random), randomNode(random, depth + 1));
                }
                yield object;
            }
        };
    }

    /** Any finite double, from its bits: JSON has no NaN or infinities. */
    private static double finiteDouble(Random random) {
        double value;
        do {
            value = Double.longBitsToDouble(random.nextLong());
        } while (!Double.isFinite(value));
        return value;
    }

    private static String randomText(Random random) {
        StringBuilder out = new StringBuilder();
        for (int i = random.nextInt(8); i > 0; i--) {
            int pick = random.nextInt(10);
            out.append((char)
                    (pick < 2
                            ? random.nextInt(0x20)
                            : pick < 7 ? 0x20 + random.nextInt(0x60) : random.nextInt(0xd000)));
        }
        return out.toString();
    }
}
