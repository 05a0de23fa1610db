package app.pitwall.approvals;

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
 * The customer's approval link, used without an account: it shows only its estimate, records each decision with the
 * version, time, address and browser, and refuses tampered, foreign and replaced links.
 */
@PitwallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApprovalLinkTest {

    @Autowired
    TestShops shops;

    @LocalServerPort
    int port;

    Workshop shop;
    Workshop otherShop;

    @BeforeAll
    void openTwoShops() {
        shop = Workshop.open(shops, base(), "Approval Garage");
        otherShop = Workshop.open(shops, base(), "Other Approval Garage");
    }

    String base() {
        return "http://localhost:" + port;
    }

    ApiClient customer() {
        return new ApiClient(base());
    }

    @Test
    void theCustomerSeesTheirEstimateWithPricesButNeitherCostsNorAnythingElse() {
        JsonNode order = shop.openOrder(List.of(shop.brakeJob(), shop.filterJob()));
        JsonNode link = requestApproval(order);

        JsonNode estimate = ok(customer().get(path(link)));

        assertThat(link.get("approvalUrl").asString())
                .startsWith("https://localhost:")
                .endsWith(token(link));
        assertThat(link.get("repairOrder").get("status").asString()).isEqualTo("AWAITING_APPROVAL");
        assertThat(estimate.get("shopName").asString()).isEqualTo("Approval Garage");
        assertThat(estimate.get("orderNumber").asLong())
                .isEqualTo(order.get("number").asLong());
        assertThat(estimate.get("customerName").asString()).isEqualTo("Diaz, Rosa");
        assertThat(estimate.get("jobs")).hasSize(2);
        assertThat(estimate.get("jobs").get(0).get("lines").get(1).get("amount").asString())
                .isEqualTo("54.99");
        assertThat(estimate.get("totals").get("total").asString()).isEqualTo("272.42");
        assertThat(estimate.toString()).doesNotContain("unitCost", "22.00", "555 010", "internalNotes");
    }

    @Test
    void approvingOneJobAndDecliningAnotherApprovesTheOrderAndDefersTheDeclinedJob() {
        JsonNode order = shop.openOrder(List.of(shop.brakeJob(), shop.filterJob()));
        JsonNode link = requestApproval(order);
        JsonNode estimate = ok(customer().get(path(link)));

        ApiClient.Response answered = customer()
                .send(
                        "POST",
                        path(link),
                        Map.of(
                                "signature",
                                "Rosa Diaz",
                                "decisions",
                                List.of(decision(estimate, 0, "APPROVED"), decision(estimate, 1, "DECLINED"))),
                        Map.of("User-Agent", "Phone Browser 1.0"));

        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        assertThat(answered.json().get("status").asString()).isEqualTo("APPROVED");
        assertThat(answered.json().get("approvedTotal").asString()).isEqualTo("250.78");
        JsonNode staffView = ok(shop.advisor().get("/api/v1/repair-orders/" + id(order)));
        assertThat(staffView.get("status").asString()).isEqualTo("APPROVED");
        JsonNode approved = staffView.get("jobs").get(0);
        assertThat(approved.get("approvalStatus").asString()).isEqualTo("APPROVED");
        assertThat(approved.get("approval").get("method").asString()).isEqualTo("LINK");
        assertThat(approved.get("approval").get("verbal").asBoolean()).isFalse();
        assertThat(approved.get("approval").get("decidedBy").asString()).isEqualTo("Rosa Diaz");
        assertThat(approved.get("approval").get("versionHash").asString())
                .isEqualTo(estimate.get("jobs").get(0).get("versionHash").asString())
                .isEqualTo(approved.get("versionHash").asString());
        assertThat(approved.get("approval").get("decidedAt").asString()).isNotBlank();
        assertThat(approved.get("approval").get("sourceAddress").asString()).isEqualTo("127.0.0.1");
        assertThat(approved.get("approval").get("userAgent").asString()).isEqualTo("Phone Browser 1.0");
        assertThat(staffView.get("jobs").get(1).get("approvalStatus").asString())
                .isEqualTo("DECLINED");
        JsonNode decisions = ok(shop.advisor().get("/api/v1/repair-orders/" + id(order) + "/approvals"))
                .get("items");
        assertThat(decisions).hasSize(2);
        JsonNode brakes = java.util.stream.StreamSupport.stream(decisions.spliterator(), false)
                .filter(decision -> decision.get("jobId").asString().equals(jobId(order, 0)))
                .findFirst()
                .orElseThrow();
        assertThat(brakes.get("content").asString()).contains("\"title\":\"Front brakes\"");
        assertThat(brakes.get("decision").get("decision").asString()).isEqualTo("APPROVED");
        JsonNode deferred = ok(shop.advisor().get("/api/v1/vehicles/" + shop.vehicle + "/deferred-work"));
        assertThat(deferred.get("items").findValuesAsString("jobId")).contains(jobId(order, 1));
        assertThat(deferred.get("items").findValuesAsString("jobId")).doesNotContain(jobId(order, 0));
        JsonNode trail = ok(shop.as(Role.OWNER)
                        .get("/api/v1/audit/events?subjectType=repair-order&subjectId=" + id(order)))
                .get("items");
        List<String> actions = trail.findValuesAsString("action");
        assertThat(actions)
                .contains(
                        "repair-order.opened",
                        "repair-order.approval-requested",
                        "repair-order.job-approved",
                        "repair-order.job-declined",
                        "repair-order.transitioned");
        for (JsonNode entry : trail) {
            String action = entry.get("action").asString();
            if (action.equals("repair-order.job-approved") || action.equals("repair-order.job-declined")) {
                assertThat(entry.toString())
                        .as("a customer's decision names the approval link as its actor")
                        .contains("approval-link")
                        .contains("Rosa Diaz")
                        .contains(jobId(order, action.endsWith("approved") ? 0 : 1));
            }
        }
    }

    @Test
    void aChangeToAnApprovedJobNeedsANewApprovalAndShowsWhatWasApproved() {
        JsonNode order = shop.openOrder(List.of(shop.brakeJob()));
        JsonNode link = requestApproval(order);
        approveAll(link);
        String base = "/api/v1/repair-orders/" + id(order);
        String line = ok(shop.advisor().get(base))
                .get("jobs")
                .get(0)
                .get("lines")
                .get(1)
                .get("id")
                .asString();

        JsonNode changed = ok(shop.advisor()
                .patch(base + "/jobs/" + jobId(order, 0) + "/lines/" + line, Map.of("unitPrice", "64.99")));

        JsonNode job = changed.get("jobs").get(0);
        assertThat(job.get("approvalStatus").asString()).isEqualTo("CHANGED_SINCE_APPROVAL");
        assertThat(job.get("approval").get("current").asBoolean()).isFalse();
        assertThat(job.get("approval").get("decidedTotal").asString()).isEqualTo("250.78");
        assertThat(job.get("totals").get("total").asString()).isEqualTo("261.60");
        JsonNode again = requestApproval(changed);
        JsonNode estimate = ok(customer().get(path(again)));
        assertThat(estimate.get("jobs").get(0).get("approvalStatus").asString()).isEqualTo("CHANGED_SINCE_APPROVAL");
        assertThat(estimate.get("jobs")
                        .get(0)
                        .get("decision")
                        .get("decidedTotal")
                        .asString())
                .isEqualTo("250.78");
        approveAll(again);
        assertThat(ok(shop.advisor().get(base))
                        .get("jobs")
                        .get(0)
                        .get("approvalStatus")
                        .asString())
                .isEqualTo("APPROVED");
    }

    @Test
    void aLinkReplacedByANewerOneIsRefused() {
        JsonNode order = shop.openOrder(List.of(shop.brakeJob()));
        JsonNode first = requestApproval(order);
        JsonNode estimate = ok(customer().get(path(first)));
        created(shop.advisor().post("/api/v1/repair-orders/" + id(order) + "/jobs", shop.filterJob()));
        JsonNode second = requestApproval(order);

        ApiClient.Response shown = customer().get(path(first));
        ApiClient.Response answered = customer()
                .post(
                        path(first),
                        Map.of("signature", "Rosa Diaz", "decisions", List.of(decision(estimate, 0, "APPROVED"))));

        assertThat(shown.status()).isEqualTo(410);
        assertThat(shown.json().get("type").asString()).endsWith("/approval-link-replaced");
        assertThat(answered.status()).isEqualTo(410);
        assertThat(ok(shop.advisor().get("/api/v1/repair-orders/" + id(order)))
                        .get("status")
                        .asString())
                .isEqualTo("AWAITING_APPROVAL");
        assertThat(ok(customer().get(path(second))).get("jobs")).hasSize(2);
    }

    @Test
    void aTamperedTokenIsUnknown() {
        JsonNode link = requestApproval(shop.openOrder(List.of(shop.brakeJob())));
        String token = token(link);
        char last = token.charAt(token.length() - 1);
        String tampered = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');

        for (String bad : List.of(tampered, token.substring(1), "not-a-token", token + "x")) {
            ApiClient.Response response = customer().get("/api/v1/approvals/" + bad);
            assertThat(response.status()).as(bad).isEqualTo(404);
            assertThat(response.body()).doesNotContain("Diaz", "Front brakes");
        }
    }

    @Test
    void aTokenPresentedForAnotherTenantIsUnknown() {
        String token = token(requestApproval(shop.openOrder(List.of(shop.brakeJob()))));
        String foreign = otherShop.shop.tenant() + token.substring(36);

        ApiClient.Response shown = customer().get("/api/v1/approvals/" + foreign);
        ApiClient.Response answered = customer()
                .post(
                        "/api/v1/approvals/" + foreign,
                        Map.of(
                                "signature",
                                "Mallory",
                                "decisions",
                                List.of(Map.of(
                                        "jobId",
                                        java.util.UUID.randomUUID().toString(),
                                        "decision",
                                        "APPROVED",
                                        "versionHash",
                                        "0".repeat(64)))));

        assertThat(shown.status()).isEqualTo(404);
        assertThat(answered.status()).isEqualTo(404);
    }

    @Test
    void aDecisionOnAVersionTheCustomerWasNotShownIsRefused() {
        JsonNode order = shop.openOrder(List.of(shop.brakeJob()));
        JsonNode link = requestApproval(order);

        ApiClient.Response answered = customer()
                .post(
                        path(link),
                        Map.of(
                                "signature",
                                "Rosa Diaz",
                                "decisions",
                                List.of(Map.of(
                                        "jobId",
                                        jobId(order, 0),
                                        "decision",
                                        "APPROVED",
                                        "versionHash",
                                        "0".repeat(64)))));

        assertThat(answered.status()).isEqualTo(409);
        assertThat(answered.json().get("type").asString()).endsWith("/estimate-changed");
        assertThat(ok(shop.advisor().get("/api/v1/repair-orders/" + id(order)))
                        .get("status")
                        .asString())
                .isEqualTo("AWAITING_APPROVAL");
    }

    @Test
    void aLinkUsedTooOftenIsRefusedForAWhile() {
        JsonNode order = shop.openOrder(List.of(shop.brakeJob()));
        JsonNode link = requestApproval(order);
        Map<String, Object> wrong = Map.of(
                "signature",
                "Rosa Diaz",
                "decisions",
                List.of(Map.of("jobId", jobId(order, 0), "decision", "APPROVED", "versionHash", "0".repeat(64))));

        for (int attempt = 0; attempt < 10; attempt++) {
            assertThat(customer().post(path(link), wrong).status()).isEqualTo(409);
        }
        ApiClient.Response refused = customer().post(path(link), wrong);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.json().get("type").asString()).endsWith("/approval-link-too-many-attempts");
    }

    @Test
    void aCustomerDecisionNeedsATypedName() {
        JsonNode link = requestApproval(shop.openOrder(List.of(shop.brakeJob())));
        JsonNode estimate = ok(customer().get(path(link)));

        ApiClient.Response answered = customer()
                .post(path(link), Map.of("signature", " ", "decisions", List.of(decision(estimate, 0, "APPROVED"))));

        assertThat(answered.status()).isEqualTo(400);
        assertThat(answered.json().get("fields").has("signature")).isTrue();
    }

    JsonNode requestApproval(JsonNode order) {
        return created(shop.advisor().post("/api/v1/repair-orders/" + id(order) + "/approval-requests", null));
    }

    void approveAll(JsonNode link) {
        JsonNode estimate = ok(customer().get(path(link)));
        List<Map<String, Object>> decisions = new java.util.ArrayList<>();
        for (int i = 0; i < estimate.get("jobs").size(); i++) {
            decisions.add(decision(estimate, i, "APPROVED"));
        }
        ok(customer().post(path(link), Map.of("signature", "Rosa Diaz", "decisions", decisions)));
    }

    static Map<String, Object> decision(JsonNode estimate, int job, String decision) {
        JsonNode shown = estimate.get("jobs").get(job);
        return Map.of(
                "jobId", shown.get("id").asString(),
                "decision", decision,
                "versionHash", shown.get("versionHash").asString());
    }

    static String token(JsonNode link) {
        return link.get("token").asString();
    }

    static String path(JsonNode link) {
        return "/api/v1/approvals/" + token(link);
    }
}
