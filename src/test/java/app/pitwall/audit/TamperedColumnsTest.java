package app.pitwall.audit;

import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.PitwallApplication;
import app.pitwall.access.Role;
import app.pitwall.platform.database.DatabaseEndpoint;
import app.pitwall.support.ApiClient;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.TestShops;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A superuser edits a column that filters read (action, actor, subject, time) of one intact row, the
 * way one would hide an advisor's change from "what did this person do" or from a customer's
 * history: the owner's verification over the API, with and without the kept checkpoints, and the
 * operator's on the command line name that row's sequence number; an untouched trail still verifies.
 */
@PitwallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TamperedColumnsTest {

    @LocalServerPort
    int port;

    @Autowired
    TestShops shops;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DatabaseEndpoint endpoint;

    /** One shop per edited column, each with the sequence number of the edited row and its checkpoint file. */
    record Tampered(TestShops.Shop shop, long seq, JsonNode checkpoints) {}

    final Map<String, Tampered> tampered = new LinkedHashMap<>();
    TestShops.Shop untouched;

    @BeforeAll
    void shopsWhoseAdvisorChangedACustomer() {
        AuditTrailFixture fixture = new AuditTrailFixture(events, transactions, jdbc, endpoint);
        Map<String, String> edits = new LinkedHashMap<>();
        edits.put("action", "action = 'customer.viewed'");
        edits.put("actor_id", "actor_id = '%s'");
        edits.put("subject_id", "subject_id = gen_random_uuid()::text");
        edits.put("occurred_at", "occurred_at = occurred_at - interval '3 years'");
        for (var edit : edits.entrySet()) {
            TestShops.Shop shop = shops.create("Tampered " + edit.getKey() + " Garage");
            long seq = advisorChangesACustomer(shop);
            ApiClient owner = as(shop, Role.OWNER);
            assertThat(owner.post("/api/v1/audit/checkpoints", Map.of()).status())
                    .isEqualTo(201);
            JsonNode kept = owner.get("/api/v1/audit/checkpoints").json();
            String assignment = edit.getValue().formatted(shop.users().get(Role.MANAGER));
            fixture.asSuperuser("UPDATE audit_event SET " + assignment + " WHERE tenant_id = '" + shop.tenant()
                    + "' AND seq = " + seq);
            tampered.put(edit.getKey(), new Tampered(shop, seq, kept));
        }
        untouched = shops.create("Untouched Columns Garage");
        advisorChangesACustomer(untouched);
    }

    /** The sequence number of the advisor's change. */
    private long advisorChangesACustomer(TestShops.Shop shop) {
        ApiClient advisor = as(shop, Role.SERVICE_ADVISOR);
        String id = advisor.post("/api/v1/customers", Map.of("firstName", "Vera", "lastName", "Holt"))
                .json()
                .get("id")
                .asString();
        assertThat(advisor.patch("/api/v1/customers/" + id, Map.of("lastName", "Holtz"))
                        .status())
                .isEqualTo(200);
        return as(shop, Role.OWNER)
                .get("/api/v1/audit/events?action=customer.changed&actorId="
                        + shop.users().get(Role.SERVICE_ADVISOR))
                .json()
                .get("items")
                .get(0)
                .get("seq")
                .asLong();
    }

    ApiClient as(TestShops.Shop shop, Role role) {
        return new ApiClient("http://localhost:" + port).signIn(shop.email(role), TestShops.PASSWORD);
    }

    @Test
    void theEditedActorHidesTheChangeFromTheAdvisorsHistoryButNotFromVerification() {
        Tampered actor = tampered.get("actor_id");
        ApiClient owner = as(actor.shop(), Role.OWNER);

        assertThat(owner.get("/api/v1/audit/events?action=customer.changed&actorId="
                                + actor.shop().users().get(Role.SERVICE_ADVISOR))
                        .json()
                        .get("items"))
                .as("the filter reads the column")
                .isEmpty();
        assertBrokenAt(owner.get("/api/v1/audit/verify").json(), actor.seq(), "actor_id");
    }

    @Test
    void eachEditedColumnIsFoundAtItsSequenceNumberOverTheApi() {
        tampered.forEach((column, edit) -> assertBrokenAt(
                as(edit.shop(), Role.OWNER).get("/api/v1/audit/verify").json(), edit.seq(), column));
    }

    @Test
    void eachEditedColumnIsFoundAtItsSequenceNumberAgainstTheKeptCheckpoints() {
        tampered.forEach((column, edit) -> {
            JsonNode result = as(edit.shop(), Role.OWNER)
                    .post("/api/v1/audit/verify", edit.checkpoints())
                    .json();
            assertBrokenAt(result, edit.seq(), column);
        });
    }

    @Test
    void eachEditedColumnIsFoundAtItsSequenceNumberOnTheCommandLine() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = AuditCommandLine.run(
                PitwallApplication.class,
                new String[] {"audit", "verify"},
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String output = bytes.toString(StandardCharsets.UTF_8);

        assertThat(code).as(output).isEqualTo(1);
        tampered.forEach((column, edit) -> assertThat(output)
                .contains("tenant " + edit.shop().tenant() + ": BROKEN at sequence " + edit.seq()
                        + " (columns-altered): entry " + edit.seq() + " is intact, but its column " + column));
        assertThat(output).contains("tenant " + untouched.tenant() + ": valid");
    }

    @Test
    void anUntouchedTrailStillVerifies() {
        JsonNode result = as(untouched, Role.OWNER).get("/api/v1/audit/verify").json();

        assertThat(result.get("valid").asBoolean()).as(result.toString()).isTrue();
    }

    private static void assertBrokenAt(JsonNode result, long seq, String column) {
        assertThat(result.get("valid").asBoolean()).as(result.toString()).isFalse();
        JsonNode at = result.get("brokenAt");
        assertThat(at.get("sequence").asLong()).as(result.toString()).isEqualTo(seq);
        assertThat(at.get("reason").asString()).isEqualTo("columns-altered");
        assertThat(at.get("detail").asString()).contains("column " + column);
    }
}
