package app.pitwall.repairorders;

import static app.pitwall.support.Workshop.id;
import static app.pitwall.support.Workshop.jobId;
import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.repairorders.RepairOrder.Status;
import app.pitwall.support.ApiClient;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.TestShops;
import app.pitwall.support.Workshop;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The transition table over HTTP, generated from {@link RepairOrder#TRANSITIONS}: every listed move succeeds through
 * {@code POST /transitions} (APPROVED through a recorded approval, READY once the approved work is done), every other
 * move answers 409 naming the current and the requested status and changes nothing. Billing's moves (to INVOICED and
 * CLOSED, and reopening a billed order) are refused here as {@code billing-move}; an order reaches INVOICED only by
 * posting its invoices, so the billing module's tests try the requests from there.
 */
@PitwallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RepairOrderTransitionsOverHttpTest {

    @Autowired
    TestShops shops;

    @LocalServerPort
    int port;

    Workshop shop;

    @BeforeAll
    void openTheShop() {
        shop = Workshop.open(shops, "http://localhost:" + port, "Transition Garage");
    }

    @TestFactory
    Stream<DynamicTest> everyLegalTransitionSucceedsOverHttp() {
        return RepairOrder.TRANSITIONS.stream()
                .filter(move -> !move.move().billing())
                .map(move -> DynamicTest.dynamicTest(move.from() + " -> " + move.to(), () -> {
                    JsonNode order = shop.orderIn(move.from());
                    String base = "/api/v1/repair-orders/" + id(order);
                    if (move.to() == Status.READY) {
                        Workshop.ok(shop.advisor().post(base + "/jobs/" + jobId(order, 0) + "/completion", null));
                    }

                    ApiClient.Response response = move.to() == Status.APPROVED
                            ? shop.advisor()
                                    .post(
                                            base + "/verbal-approvals",
                                            Map.of(
                                                    "jobIds", List.of(jobId(order, 1)),
                                                    "approvedBy", "Rosa Diaz",
                                                    "method", "IN_PERSON"))
                            : shop.advisor()
                                    .post(
                                            base + "/transitions",
                                            Map.of("to", move.to().name(), "reason", "A reason"));

                    assertThat(response.status()).as(response.body()).isBetween(200, 201);
                    assertThat(response.json().get("status").asString())
                            .isEqualTo(move.to().name());
                    JsonNode history =
                            shop.advisor().get(base + "/history").json().get("items");
                    JsonNode last = history.get(history.size() - 1);
                    assertThat(last.get("from").asString())
                            .isEqualTo(move.from().name());
                    assertThat(last.get("to").asString()).isEqualTo(move.to().name());
                }));
    }

    @TestFactory
    Stream<DynamicTest> everyIllegalTransitionIsRefusedWith409() {
        Map<Status, JsonNode> orders = new HashMap<>();
        List<DynamicTest> tests = new ArrayList<>();
        for (Status from : Status.values()) {
            if (from == Status.INVOICED || from == Status.CLOSED) {
                continue;
            }
            for (Status to : Status.values()) {
                if (RepairOrder.transition(from, to).isEmpty()) {
                    tests.add(DynamicTest.dynamicTest(from + " -> " + to, () -> {
                        JsonNode order = orders.computeIfAbsent(from, shop::orderIn);
                        String base = "/api/v1/repair-orders/" + id(order);

                        ApiClient.Response response = shop.advisor()
                                .post(base + "/transitions", Map.of("to", to.name(), "reason", "A reason"));

                        assertThat(response.status()).as(response.body()).isEqualTo(409);
                        assertThat(response.header("content-type")).contains("application/problem+json");
                        assertThat(response.json().get("type").asString()).endsWith("/illegal-transition");
                        assertThat(response.json().get("currentStatus").asString())
                                .isEqualTo(from.name());
                        assertThat(response.json().get("requestedStatus").asString())
                                .isEqualTo(to.name());
                        assertThat(shop.advisor().get(base).json().get("status").asString())
                                .isEqualTo(from.name());
                    }));
                }
            }
        }
        return tests.stream();
    }

    @Test
    void invoicedIsNotRequestedButFollowsFromPostingTheInvoices() {
        JsonNode order = shop.orderIn(Status.READY);

        ApiClient.Response response =
                shop.advisor().post("/api/v1/repair-orders/" + id(order) + "/transitions", Map.of("to", "INVOICED"));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("type").asString()).endsWith("/billing-move");
        assertThat(shop.advisor().get("/api/v1/repair-orders/" + id(order)).json().get("status").asString())
                .isEqualTo("READY");
    }

    @Test
    void approvedIsNotRequestedButFollowsFromTheCustomersApproval() {
        JsonNode order = shop.orderIn(Status.AWAITING_APPROVAL);

        ApiClient.Response response =
                shop.advisor().post("/api/v1/repair-orders/" + id(order) + "/transitions", Map.of("to", "APPROVED"));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("type").asString()).endsWith("/approval-required");
        assertThat(response.json().get("currentStatus").asString()).isEqualTo("AWAITING_APPROVAL");
    }

    @Test
    void anUnknownStatusIsBadInputNamingTheField() {
        JsonNode order = shop.orderIn(Status.ESTIMATE);

        ApiClient.Response response =
                shop.advisor().post("/api/v1/repair-orders/" + id(order) + "/transitions", Map.of("to", "PAID"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("fields").has("to")).isTrue();
    }
}
