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

/**
 * Who may do what to a repair order: technicians work their own jobs and move their own orders through the work, but
 * see no money and change no prices, discounts or other statuses; discounts above the tenant's cap need a manager.
 */
@PitwallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RepairOrderRoleRulesTest {

    @Autowired
    TestShops shops;

    @LocalServerPort
    int port;

    Workshop shop;
    ApiClient technician;

    @BeforeAll
    void openTheShop() {
        shop = Workshop.open(shops, "http://localhost:" + port, "Role Rules Garage");
        technician = shop.as(Role.TECHNICIAN);
    }

    @Test
    void aTechnicianSeesTheWorkButNoMoneyAndNoCustomerContact() {
        JsonNode order = shop.openOrder(List.of(shop.brakeJob()));

        JsonNode seen = ok(technician.get("/api/v1/repair-orders/" + id(order)));
        String listed = technician.get("/api/v1/repair-orders").body();

        assertThat(seen.get("jobs").get(0).get("title").asString()).isEqualTo("Front brakes");
        assertThat(seen.get("jobs").get(0).get("lines").get(0).get("hours").asString())
                .isEqualTo("1.5");
        assertThat(seen.get("totals").isNull()).isTrue();
        assertThat(seen.get("jobs").get(0).get("lines").get(1).get("unitCost").isNull())
                .isTrue();
        assertThat(seen.toString()).doesNotContain("54.99", "\"22\"", "250.78", "\"120\"", "555 010");
        assertThat(listed).doesNotContain("250.78");
        assertThat(technician
                        .get("/api/v1/labor-rates?locationId=" + shop.shop.mainLocation())
                        .status())
                .isEqualTo(403);
        assertThat(technician.get("/api/v1/canned-jobs").status()).isEqualTo(403);
    }

    @Test
    void aTechnicianCannotChangePricesDiscountsOrWhatTheJobIs() {
        JsonNode order = shop.openOrder(List.of(shop.brakeJob()));
        String job = "/api/v1/repair-orders/" + id(order) + "/jobs/" + jobId(order, 0);
        String line = order.get("jobs").get(0).get("lines").get(1).get("id").asString();

        List<ApiClient.Response> attempts = List.of(
                technician.patch(job + "/lines/" + line, Map.of("unitPrice", "0.01")),
                technician.post(
                        job + "/lines",
                        Map.of(
                                "kind",
                                "DISCOUNT",
                                "description",
                                "Mate's rate",
                                "percent",
                                "50",
                                "discountTarget",
                                "LABOR")),
                technician.delete(job + "/lines/" + line),
                technician.patch(job, Map.of("title", "Something else")),
                technician.delete(job),
                technician.post("/api/v1/repair-orders/" + id(order) + "/jobs", shop.filterJob()),
                technician.patch("/api/v1/repair-orders/" + id(order), Map.of("internalNotes", "no")));

        assertThat(attempts).extracting(ApiClient.Response::status).containsOnly(403);
        JsonNode unchanged = ok(shop.advisor().get("/api/v1/repair-orders/" + id(order)));
        assertThat(unchanged.get("version").asInt())
                .isEqualTo(order.get("version").asInt());
        assertThat(unchanged.get("totals").get("total").asString()).isEqualTo("250.78");
    }

    @Test
    void aTechnicianWritesUpTheirOwnJobButNotSomeoneElses() {
        JsonNode order = shop.openOrder(List.of(shop.brakeJob(), shop.filterJob()));
        String base = "/api/v1/repair-orders/" + id(order) + "/jobs/";

        JsonNode written = ok(technician.patch(
                base + jobId(order, 0),
                Map.of("cause", "Pads worn to 2 mm", "correction", "Replaced pads", "technicianNotes", "Rotors OK")));
        ApiClient.Response notTheirs = technician.patch(base + jobId(order, 1), Map.of("cause", "Clogged"));

        assertThat(written.get("jobs").get(0).get("cause").asString()).isEqualTo("Pads worn to 2 mm");
        assertThat(written.get("jobs").get(0).get("approvalStatus").asString()).isEqualTo("PENDING");
        assertThat(notTheirs.status()).isEqualTo(403);
    }

    @Test
    void aTechnicianMovesTheirOwnOrderThroughTheWorkButNoFurther() {
        JsonNode order = shop.orderIn(RepairOrder.Status.APPROVED);
        String base = "/api/v1/repair-orders/" + id(order);

        ok(technician.post(base + "/transitions", Map.of("to", "IN_PROGRESS")));
        ok(technician.post(base + "/transitions", Map.of("to", "ON_HOLD", "reason", "Waiting for pads")));
        ok(technician.post(base + "/transitions", Map.of("to", "IN_PROGRESS")));
        ok(technician.post(base + "/jobs/" + jobId(order, 0) + "/completion", null));
        ApiClient.Response cancel =
                technician.post(base + "/transitions", Map.of("to", "CANCELLED", "reason", "Bored"));
        ApiClient.Response approval = technician.post(base + "/approval-requests", null);
        JsonNode ready = ok(technician.post(base + "/transitions", Map.of("to", "READY")));

        assertThat(cancel.status()).isEqualTo(403);
        assertThat(approval.status()).isEqualTo(403);
        assertThat(ready.get("status").asString()).isEqualTo("READY");
    }

    @Test
    void aTechnicianCannotMoveAnOrderTheyAreNotAssignedTo() {
        JsonNode order = shop.openOrder(List.of(shop.filterJob()));
        String base = "/api/v1/repair-orders/" + id(order);
        created(shop.advisor()
                .post(
                        base + "/verbal-approvals",
                        Map.of("jobIds", List.of(jobId(order, 0)), "approvedBy", "Rosa Diaz", "method", "PHONE")));

        ApiClient.Response start = technician.post(base + "/transitions", Map.of("to", "IN_PROGRESS"));
        ApiClient.Response done = technician.post(base + "/jobs/" + jobId(order, 0) + "/completion", null);

        assertThat(start.status()).isEqualTo(403);
        assertThat(done.status()).isEqualTo(403);
        assertThat(ok(shop.advisor().get(base)).get("status").asString()).isEqualTo("APPROVED");
    }

    @Test
    void aDiscountAboveTheTenantsCapNeedsAManager() {
        JsonNode order = shop.openOrder(List.of(shop.brakeJob()));
        String lines = "/api/v1/repair-orders/" + id(order) + "/jobs/" + jobId(order, 0) + "/lines";
        Map<String, Object> small =
                Map.of("kind", "DISCOUNT", "description", "Loyalty", "percent", "5", "discountTarget", "LABOR");
        Map<String, Object> large =
                Map.of("kind", "DISCOUNT", "description", "Goodwill", "percent", "40", "discountTarget", "LABOR");

        ApiClient.Response bySmall = shop.advisor().post(lines, small);
        ApiClient.Response byAdvisor = shop.advisor().post(lines, large);
        ApiClient.Response byManager = shop.as(Role.MANAGER).post(lines, large);

        assertThat(bySmall.status()).isEqualTo(201);
        assertThat(byAdvisor.status()).as("a business rule refused").isEqualTo(422);
        assertThat(byAdvisor.json().get("type").asString()).isEqualTo("https://pitwall.app/problems/discount-over-cap");
        assertThat(byAdvisor.json().get("detail").asString()).contains("cap of 10%");
        assertThat(byManager.status()).isEqualTo(201);
        assertThat(byManager
                        .json()
                        .get("jobs")
                        .get(0)
                        .get("totals")
                        .get("discounts")
                        .asString())
                .isEqualTo("81.00");
    }

    @Test
    void theDiscountCapIsTheOwnersSetting() {
        ApiClient.Response byManager = shop.as(Role.MANAGER)
                .send("PUT", "/api/v1/repair-order-settings", Map.of("discountCapPercent", "50"), Map.of());
        JsonNode byOwner = ok(shop.as(Role.OWNER)
                .send("PUT", "/api/v1/repair-order-settings", Map.of("discountCapPercent", "12.5"), Map.of()));

        assertThat(byManager.status()).isEqualTo(403);
        assertThat(byOwner.get("discountCapPercent").asString()).isEqualTo("12.5");
        ok(shop.as(Role.OWNER)
                .send("PUT", "/api/v1/repair-order-settings", Map.of("discountCapPercent", "10"), Map.of()));
    }

    @Test
    void aViewerReadsButWritesNothing() {
        JsonNode order = shop.openOrder(List.of(shop.brakeJob()));
        ApiClient viewer = shop.as(Role.VIEWER);

        assertThat(viewer.get("/api/v1/repair-orders/" + id(order)).status()).isEqualTo(200);
        assertThat(viewer.patch("/api/v1/repair-orders/" + id(order) + "/jobs/" + jobId(order, 0), Map.of("cause", "x"))
                        .status())
                .isEqualTo(403);
        assertThat(viewer.post(
                                "/api/v1/repair-orders/" + id(order) + "/transitions",
                                Map.of("to", "CANCELLED", "reason", "x"))
                        .status())
                .isEqualTo(403);
    }
}
