package app.pitwall.repairorders;

import static app.pitwall.support.Workshop.created;
import static app.pitwall.support.Workshop.id;
import static app.pitwall.support.Workshop.jobId;
import static app.pitwall.support.Workshop.ok;
import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.access.Role;
import app.pitwall.support.ApiClient;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.TestShops;
import app.pitwall.support.Workshop;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** An advisor writes up a repair order over the API: numbers, jobs, lines, totals, canned jobs, history, versions. */
@PitwallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RepairOrderApiTest {

    @Autowired
    TestShops shops;

    @LocalServerPort
    int port;

    Workshop shop;

    @BeforeAll
    void openTheShop() {
        shop = Workshop.open(shops, "http://localhost:" + port, "Repair Order Garage");
    }

    @Test
    void aWalkInOrderGetsTheNextNumberAndItsJobsArePricedAtTheLocationsRatesAndTaxes() {
        JsonNode first = shop.openOrder(List.of(shop.brakeJob()));
        JsonNode second = shop.openOrder(List.of());

        assertThat(second.get("number").asLong()).isEqualTo(first.get("number").asLong() + 1);
        assertThat(first.get("status").asString()).isEqualTo("ESTIMATE");
        assertThat(first.get("customerName").asString()).isEqualTo("Diaz, Rosa");
        assertThat(first.get("vehicleLabel").asString()).isEqualTo("2019 Honda Civic · RSA 911");
        assertThat(first.get("serviceAdvisorId").asString()).isEqualTo(shop.user(Role.SERVICE_ADVISOR));
        JsonNode job = first.get("jobs").get(0);
        assertThat(job.get("lines").get(0).get("rate").asString()).isEqualTo("120");
        assertThat(job.get("lines").get(0).get("lineAmount").asString()).isEqualTo("180.00");
        // 180.00 × 6.25 % + 54.99 × 8.25 % = 11.25 + 4.536675 = 15.786675 → 15.79
        assertThat(job.get("totals").get("tax").asString()).isEqualTo("15.79");
        assertThat(job.get("totals").get("total").asString()).isEqualTo("250.78");
        assertThat(first.get("totals").get("total").asString()).isEqualTo("250.78");
        assertThat(first.get("currency").asString()).isEqualTo("USD");
        assertThat(job.get("approvalStatus").asString()).isEqualTo("PENDING");
        assertThat(job.get("versionHash").asString()).hasSize(64);
    }

    @Test
    void jobsAndLinesAreSubResourcesAndEveryChangeMovesTheVersion() {
        JsonNode order = shop.openOrder(List.of());
        String base = "/api/v1/repair-orders/" + id(order);

        JsonNode withJob = created(shop.advisor().post(base + "/jobs", shop.filterJob()));
        String job = jobId(withJob, 0);
        JsonNode withLine = created(shop.advisor()
                .post(
                        base + "/jobs/" + job + "/lines",
                        Map.of("kind", "LABOR", "description", "Fit", "amount", "15.00")));
        String line = withLine.get("jobs").get(0).get("lines").get(1).get("id").asString();
        JsonNode changed =
                ok(shop.advisor().patch(base + "/jobs/" + job + "/lines/" + line, Map.of("amount", "20.00")));
        JsonNode removed = ok(shop.advisor().delete(base + "/jobs/" + job + "/lines/" + line));

        assertThat(List.of(order, withJob, withLine, changed, removed))
                .extracting(node -> node.get("version").asInt())
                .containsExactly(0, 1, 2, 3, 4);
        assertThat(changed.get("jobs").get(0).get("totals").get("labor").asString())
                .isEqualTo("20.00");
        assertThat(removed.get("jobs").get(0).get("lines")).hasSize(1);
        assertThat(ok(shop.advisor().get(base + "/jobs/" + job)).get("title").asString())
                .isEqualTo("Cabin filter");
    }

    @Test
    void aCannedJobIsAddedInOneStepWithItsLinesAtTheLocationsDefaultRate() {
        JsonNode canned = created(shop.advisor()
                .post(
                        "/api/v1/canned-jobs",
                        Map.of(
                                "name",
                                "Oil change 5W-30 " + Long.toString(System.nanoTime(), 36),
                                "title",
                                "Oil and filter change",
                                "lines",
                                List.of(
                                        Map.of("kind", "LABOR", "description", "Change oil and filter", "hours", "0.5"),
                                        Map.of(
                                                "kind",
                                                "PART",
                                                "description",
                                                "5W-30",
                                                "quantity",
                                                "5",
                                                "unitPrice",
                                                "8.50"),
                                        Map.of(
                                                "kind",
                                                "FEE",
                                                "feeKind",
                                                "ENVIRONMENTAL",
                                                "description",
                                                "Oil disposal",
                                                "amount",
                                                "3.00")))));
        JsonNode order = shop.openOrder(List.of());

        JsonNode withJob = created(
                shop.advisor().post("/api/v1/repair-orders/" + id(order) + "/jobs", Map.of("cannedJobId", id(canned))));

        JsonNode job = withJob.get("jobs").get(0);
        assertThat(job.get("title").asString()).isEqualTo("Oil and filter change");
        assertThat(job.get("cannedJobId").asString()).isEqualTo(id(canned));
        assertThat(job.get("lines")).hasSize(3);
        assertThat(job.get("lines").get(0).get("lineAmount").asString()).isEqualTo("60.00");
        assertThat(job.get("lines").get(2).get("taxable").asBoolean()).isFalse();
    }

    @Test
    void aStaleVersionIsRefusedAndTheOtherChangeIsKept() {
        JsonNode order = shop.openOrder(List.of());
        String base = "/api/v1/repair-orders/" + id(order);
        ok(shop.advisor().patch(base, Map.of("internalNotes", "Customer waits", "version", 0)));

        ApiClient.Response stale =
                shop.as(Role.MANAGER).patch(base, Map.of("internalNotes", "Overwrite", "version", 0));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("type").asString()).endsWith("/stale-version");
        assertThat(stale.json().get("currentVersion").asInt()).isEqualTo(1);
        assertThat(ok(shop.advisor().get(base)).get("internalNotes").asString()).isEqualTo("Customer waits");
        ApiClient.Response staleJob =
                shop.advisor().send("POST", base + "/jobs", shop.filterJob(), Map.of("If-Match", "\"0\""));
        assertThat(staleJob.status())
                .as("a stale If-Match fails its precondition")
                .isEqualTo(412);
        assertThat(staleJob.json().get("type").asString()).endsWith("/precondition-failed");
        assertThat(ok(shop.advisor().get(base)).get("jobs")).isEmpty();
    }

    @Test
    void aMergePatchKeepsWhatIsAbsentClearsWhatIsNullAndRefusesANullItCannotClear() {
        JsonNode order = shop.openOrder(List.of());
        String base = "/api/v1/repair-orders/" + id(order);
        ok(shop.advisor()
                .patch(base, Map.of("promisedAt", "2031-05-02T17:00:00Z", "odometerIn", 48_000, "version", 0)));

        ApiClient.Response advisorCleared = shop.advisor().patch(base, "{\"serviceAdvisorId\": null, \"version\": 1}");
        ApiClient.Response oldForm = shop.advisor().patch(base, Map.of("clear", List.of("promisedAt"), "version", 1));
        JsonNode cleared = ok(shop.advisor()
                .send(
                        "PATCH",
                        base,
                        "{\"promisedAt\": null, \"version\": 1}",
                        Map.of("Content-Type", "application/merge-patch+json")));

        assertThat(advisorCleared.status()).isEqualTo(400);
        assertThat(advisorCleared.json().get("fields").get("serviceAdvisorId").asString())
                .isEqualTo("cannot be cleared");
        assertThat(oldForm.status()).as("the old clear list is gone").isEqualTo(400);
        assertThat(oldForm.body()).contains("clear");
        assertThat(cleared.get("promisedAt").isNull()).isTrue();
        assertThat(cleared.get("odometerIn").asInt()).as("absent, so kept").isEqualTo(48_000);
        assertThat(cleared.get("version").asInt()).isEqualTo(2);
    }

    @Test
    void theHistoryRecordsEveryStatusWithWhoAndWhen() {
        JsonNode order = shop.openOrder(List.of(shop.brakeJob()));
        String base = "/api/v1/repair-orders/" + id(order);
        ok(shop.advisor().post(base + "/transitions", Map.of("to", "CANCELLED", "reason", "Customer sold the car")));

        JsonNode history = ok(shop.advisor().get(base + "/history")).get("items");

        assertThat(history).hasSize(2);
        assertThat(history.get(0).get("to").asString()).isEqualTo("ESTIMATE");
        assertThat(history.get(1).get("from").asString()).isEqualTo("ESTIMATE");
        assertThat(history.get(1).get("to").asString()).isEqualTo("CANCELLED");
        assertThat(history.get(1).get("reason").asString()).isEqualTo("Customer sold the car");
        assertThat(history.get(1).get("actorId").asString()).isEqualTo(shop.user(Role.SERVICE_ADVISOR));
        assertThat(history.get(1).get("actorKind").asString()).isEqualTo("STAFF");
    }

    @Test
    void listsArePagedByCursorNewestFirstAndFilterable() {
        for (int i = 0; i < 3; i++) {
            shop.openOrder(List.of());
        }
        JsonNode first = ok(shop.advisor().get("/api/v1/repair-orders?limit=2&status=ESTIMATE"));
        JsonNode second = ok(shop.advisor()
                .get("/api/v1/repair-orders?limit=2&status=ESTIMATE&cursor="
                        + first.get("nextCursor").asString()));

        assertThat(first.get("items")).hasSize(2);
        assertThat(first.get("items").get(0).get("number").asLong())
                .isGreaterThan(first.get("items").get(1).get("number").asLong());
        assertThat(second.get("items").get(0).get("number").asLong())
                .isLessThan(first.get("items").get(1).get("number").asLong());
        assertThat(ok(shop.advisor().get("/api/v1/repair-orders?q=Diaz")).get("items"))
                .isNotEmpty();
        assertThat(ok(shop.advisor().get("/api/v1/repair-orders?q=Nobody")).get("items"))
                .isEmpty();
    }
}
