package app.pitwall.audit;

import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.audit.internal.AuditTrail;
import app.pitwall.audit.internal.Verification;
import app.pitwall.audit.internal.Verification.Reason;
import app.pitwall.platform.TenantId;
import app.pitwall.platform.database.DatabaseEndpoint;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.TestShops;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Someone with full database access (the superuser, triggers off) changes a ten-entry trail; the
 * verifier names the first sequence number where it breaks and why. A cut-off tail with a rewound
 * head, or a rewritten and re-hashed history, can only be told by a checkpoint signed before.
 */
@PitwallIntegrationTest
class TamperedTrailTest {

    @Autowired
    TestShops shops;

    @Autowired
    AuditTrail trail;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DatabaseEndpoint endpoint;

    AuditTrailFixture fixture;
    TenantId tenant;

    @BeforeEach
    void aTenWithEntryTrail() {
        fixture = new AuditTrailFixture(events, transactions, jdbc, endpoint);
        tenant = shops.create("Tampered Trail Garage").tenant();
        fixture.write(tenant, 10);
    }

    @Test
    void aCleanTrailIsValid() {
        Verification result = trail.verify(tenant, null);

        assertThat(result.valid()).isTrue();
        assertThat(result.eventsChecked()).isEqualTo(10);
        assertThat(result.headSequence()).isEqualTo(10);
    }

    @ParameterizedTest(name = "{0} of entry {1}")
    @CsvSource({
        "action, 1, '\"action\":\"test.changed\"', '\"action\":\"test.chanced\"'",
        "actor, 4, '\"kind\":\"system\"', '\"kind\":\"user\"'",
        "change, 5, '\"note\":\"change 5\"', '\"note\":\"change 6\"'",
        "subject, 7, '\"id\":\"subject-7\"', '\"id\":\"subject-8\"'",
        "time, 9, '\"time\":\"2', '\"time\":\"1'",
        "sequence number, 6, '\"seq\":6,', '\"seq\":60,'",
        "last entry, 10, '\"number\":10', '\"number\":11'"
    })
    void alteringAFieldOfAnEntryIsFoundAtItsSequenceNumber(String field, long seq, String from, String to) {
        assertThat(fixture.entries(tenant).get((int) seq - 1)).contains(from);
        fixture.asSuperuser("UPDATE audit_event SET entry = replace(entry, '" + from.replace("'", "''") + "', '"
                + to.replace("'", "''") + "') WHERE tenant_id = '" + tenant + "' AND seq = " + seq);

        assertBroken(trail.verify(tenant, null), seq, Reason.ALTERED);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "action       | action = 'test.viewed'",
                "actor_id     | actor_id = '0f6a3c52-1d7e-4b8a-9c3f-5e2d1a0b9c87'",
                "subject_type | subject_type = 'customer'",
                "subject_id   | subject_id = 'subject-1'",
                "subject_id   | subject_id = NULL",
                "occurred_at  | occurred_at = occurred_at - interval '1 year'"
            })
    void editingAColumnFiltersSelectByIsFoundAtItsSequenceNumber(String column, String assignment) {
        fixture.asSuperuser("UPDATE audit_event SET " + assignment + " WHERE tenant_id = '" + tenant + "' AND seq = 6");

        Verification result = trail.verify(tenant, null);

        assertBroken(result, 6, Reason.COLUMNS_ALTERED);
        assertThat(result.broken().detail()).contains("column " + column);
        assertThat(result.eventsChecked()).isEqualTo(5);
    }

    @Test
    void movingAnEntrysRowToAnotherTenantIsFoundInBothChains() {
        TenantId other = shops.create("Receiving Garage").tenant();
        fixture.write(other, 3);
        fixture.asSuperuser("UPDATE audit_event SET tenant_id = '" + other + "', seq = 4 WHERE tenant_id = '" + tenant
                + "' AND seq = 10");

        assertBroken(trail.verify(tenant, null), 10, Reason.MISSING);
        assertThat(trail.verify(other, null).valid()).isFalse();
    }

    @Test
    void theFirstEditedRowIsTheOneNamed() {
        fixture.asSuperuser(
                "UPDATE audit_event SET action = 'test.viewed' WHERE tenant_id = '" + tenant + "' AND seq = 8",
                "UPDATE audit_event SET actor_id = 'someone' WHERE tenant_id = '" + tenant + "' AND seq = 3");

        assertBroken(trail.verify(tenant, null), 3, Reason.COLUMNS_ALTERED);
    }

    @Test
    void alteringTheTenantOfAnEntryIsFound() {
        String other = "00000000-0000-0000-0000-000000000000";
        fixture.asSuperuser("UPDATE audit_event SET entry = replace(entry, '" + tenant + "', '" + other
                + "') WHERE tenant_id = '" + tenant + "' AND seq = 3");

        assertBroken(trail.verify(tenant, null), 3, Reason.ALTERED);
    }

    @Test
    void alteringAStoredHashIsFound() {
        fixture.asSuperuser(
                "UPDATE audit_event SET hash = sha256(hash) WHERE tenant_id = '" + tenant + "' AND seq = 2");

        assertBroken(trail.verify(tenant, null), 2, Reason.ALTERED);
    }

    @Test
    void deletingAnEntryIsFoundAsMissing() {
        fixture.asSuperuser("DELETE FROM audit_event WHERE tenant_id = '" + tenant + "' AND seq = 5");

        assertBroken(trail.verify(tenant, null), 5, Reason.MISSING);
    }

    @Test
    void deletingAnEntryAndRenumberingTheRestIsFoundAsMissing() {
        fixture.asSuperuser(
                "DELETE FROM audit_event WHERE tenant_id = '" + tenant + "' AND seq = 5",
                "UPDATE audit_event SET seq = seq - 1 WHERE tenant_id = '" + tenant + "' AND seq > 5",
                "UPDATE audit_head SET seq = 9, hash = (SELECT hash FROM audit_event WHERE tenant_id = '" + tenant
                        + "' AND seq = 9) WHERE tenant_id = '" + tenant + "'");

        assertBroken(trail.verify(tenant, null), 5, Reason.MISSING);
    }

    @Test
    void swappingTwoEntriesIsFoundAsReordered() {
        fixture.asSuperuser(
                "UPDATE audit_event SET seq = 1004 WHERE tenant_id = '" + tenant + "' AND seq = 4",
                "UPDATE audit_event SET seq = 4 WHERE tenant_id = '" + tenant + "' AND seq = 7",
                "UPDATE audit_event SET seq = 7 WHERE tenant_id = '" + tenant + "' AND seq = 1004");

        assertBroken(trail.verify(tenant, null), 4, Reason.REORDERED);
    }

    @Test
    void cuttingOffTheTailIsFoundAgainstTheChainHead() {
        fixture.asSuperuser("DELETE FROM audit_event WHERE tenant_id = '" + tenant + "' AND seq > 8");

        assertBroken(trail.verify(tenant, null), 9, Reason.MISSING);
    }

    @Test
    void cuttingOffTheTailAndRewindingTheHeadIsFoundOnlyAgainstAKeptCheckpoint() {
        JsonNode kept = JsonNodeFactory.instance
                .arrayNode()
                .add(trail.signCheckpoint(tenant).orElseThrow());
        fixture.asSuperuser(
                "DELETE FROM audit_checkpoint WHERE tenant_id = '" + tenant + "'",
                "DELETE FROM audit_event WHERE tenant_id = '" + tenant + "' AND seq > 8",
                "UPDATE audit_head SET seq = 8, hash = (SELECT hash FROM audit_event WHERE tenant_id = '" + tenant
                        + "' AND seq = 8) WHERE tenant_id = '" + tenant + "'");

        assertThat(trail.verify(tenant, null).valid())
                .as("without the checkpoint")
                .isTrue();
        Verification withCheckpoint = trail.verify(tenant, kept);
        assertBroken(withCheckpoint, 9, Reason.MISSING);
        assertThat(withCheckpoint.checkpoints())
                .singleElement()
                .satisfies(check ->
                        assertThat(check.outcome()).isEqualTo(Verification.CheckpointCheck.Outcome.BEYOND_END));
    }

    @Test
    void aRewrittenAndRehashedHistoryIsFoundAgainstAKeptCheckpoint() throws Exception {
        JsonNode kept = JsonNodeFactory.instance
                .arrayNode()
                .add(trail.signCheckpoint(tenant).orElseThrow());
        List<String> entries = new ArrayList<>(fixture.entries(tenant));
        entries.set(2, entries.get(2).replace("\"note\":\"change 3\"", "\"note\":\"nothing happened\""));
        List<String> statements = new ArrayList<>();
        statements.add("DELETE FROM audit_checkpoint WHERE tenant_id = '" + tenant + "'");
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        byte[] hash = new byte[32];
        for (int i = 0; i < entries.size(); i++) {
            sha.update(hash);
            hash = sha.digest(entries.get(i).getBytes(StandardCharsets.UTF_8));
            statements.add("UPDATE audit_event SET entry = '" + entries.get(i).replace("'", "''") + "', hash = '\\x"
                    + AuditTrailFixture.hex(hash) + "' WHERE tenant_id = '" + tenant + "' AND seq = " + (i + 1));
        }
        statements.add("UPDATE audit_head SET hash = '\\x" + AuditTrailFixture.hex(hash) + "' WHERE tenant_id = '"
                + tenant + "'");
        fixture.asSuperuser(statements.toArray(String[]::new));

        assertThat(trail.verify(tenant, null).valid())
                .as("the rewritten chain is consistent in itself")
                .isTrue();
        Verification withCheckpoint = trail.verify(tenant, kept);
        assertThat(withCheckpoint.valid()).isFalse();
        assertThat(withCheckpoint.broken().reason()).isEqualTo(Reason.ALTERED);
        assertThat(withCheckpoint.broken().detail()).contains("differs from the checkpoint");
    }

    private static void assertBroken(Verification result, long seq, Reason reason) {
        assertThat(result.valid()).isFalse();
        assertThat(result.broken().sequence()).as(result.broken().detail()).isEqualTo(seq);
        assertThat(result.broken().reason()).as(result.broken().detail()).isEqualTo(reason);
    }
}
