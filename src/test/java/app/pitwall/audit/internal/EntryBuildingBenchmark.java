package app.pitwall.audit.internal;

import app.pitwall.platform.Auditable;
import app.pitwall.platform.TenantId;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/**
 * How long building one audit entry takes in Java: describing a {@code customer.changed}-like event
 * (redaction, canonical JSON of every member) and cutting the document where its sequence number
 * goes. Not a test; see docs/benchmarks.md, "Audit trail". Run with the test classpath:
 * {@code java -cp target/test-classes:target/classes:$(cat target/bench.classpath)
 * app.pitwall.audit.internal.EntryBuildingBenchmark}.
 */
public final class EntryBuildingBenchmark {

    private EntryBuildingBenchmark() {}

    record Changed(TenantId tenantId, Map<String, ?> before, Map<String, ?> after) implements Auditable {

        @Override
        public String action() {
            return "customer.changed";
        }

        @Override
        public Subject subject() {
            return Subject.of("customer", UUID.fromString("afe66458-d9d4-4f1b-9e68-8bf9bf105018"));
        }
    }

    public static void main(String[] args) {
        AuditEntries entries = new AuditEntries(JsonMapper.builder().build(), Clock.systemUTC());
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("lastName", "Name 0");
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("lastName", "Name 1");
        Changed event = new Changed(new TenantId(UUID.randomUUID()), before, after);
        int perRound = 50_000;
        for (int round = 0; round < 8; round++) {
            long length = 0;
            long started = System.nanoTime();
            for (int i = 0; i < perRound; i++) {
                length += entries.describe(event).split()[0].length();
            }
            System.out.printf(
                    "building an entry: %.1f µs (%d characters)%n",
                    (System.nanoTime() - started) / 1000.0 / perRound, length / perRound);
        }
    }
}
