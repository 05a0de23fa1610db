package app.pitwall.repairorders;

import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.access.Role;
import app.pitwall.support.PageClient;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.TestShops;
import app.pitwall.support.Workshop;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The repair-order list, the walk-in form and the order's page over plain HTTP: who may use them, what they refuse
 * and how (input kept), another tenant's or another location's order, and stale saves.
 */
@PitwallIntegrationTest
class RepairOrderPagesTest {

    @Autowired
    TestShops shops;

    @LocalServerPort
    int port;

    Workshop shop;

    @BeforeEach
    void openTheShop() {
        shop = Workshop.open(shops, baseUrl(), "Pages Garage");
    }

    @Test
    void anAdvisorSeesTheOrderWithPricesAndTheMovesTheyMayMake() {
        JsonNode order = shop.orderIn(RepairOrder.Status.ESTIMATE);

        PageClient.Answer page = as(Role.SERVICE_ADVISOR).get("/repair-orders/" + Workshop.id(order));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("Front brakes", "Cabin filter", "Diaz, Rosa", "54.99", "180.00")
                .contains("data-testid=\"ro-send-approval\"", "data-testid=\"ro-move-CANCELLED\"")
                .contains("/repair-orders/" + Workshop.id(order) + "/estimate.pdf")
                .contains("/repair-orders/" + Workshop.id(order) + "/work-order.pdf")
                .doesNotContain("555 010 2233", "ro-move-IN_PROGRESS");
    }

    @Test
    void theOwnerFindsTheOrdersAuditHistoryThroughTheAuditPagesFilter() {
        JsonNode order = shop.orderIn(RepairOrder.Status.ESTIMATE);

        String owner =
                as(Role.OWNER).get("/repair-orders/" + Workshop.id(order)).body();
        String advisor = as(Role.SERVICE_ADVISOR)
                .get("/repair-orders/" + Workshop.id(order))
                .body();

        assertThat(owner).contains("/audit?subjectType=repair-order&amp;subjectId=" + Workshop.id(order));
        assertThat(advisor).doesNotContain("/audit?subjectType");
    }

    @Test
    void theListFiltersByStatusAndFindsAnOrderByNumberOrCustomer() {
        JsonNode estimate = shop.orderIn(RepairOrder.Status.ESTIMATE);
        JsonNode cancelled = shop.orderIn(RepairOrder.Status.CANCELLED);
        PageClient advisor = as(Role.SERVICE_ADVISOR);

        String open = advisor.get("/repair-orders?status=open").body();
        String byNumber = advisor.get(
                        "/repair-orders?q=" + cancelled.get("number").asLong())
                .body();
        PageClient.Answer htmx = advisor.get("/repair-orders?q=diaz", "HX-Request", "true");

        assertThat(open).contains("/repair-orders/" + Workshop.id(estimate)).doesNotContain(Workshop.id(cancelled));
        assertThat(byNumber).contains("/repair-orders/" + Workshop.id(cancelled));
        assertThat(htmx.body().strip()).startsWith("<div id=\"ro-results\"");
        assertThat(htmx.body()).contains("Diaz, Rosa").doesNotContain("<html");
    }

    @Test
    void aWalkInIsOpenedForACustomerFoundBySearchAndTheirVehicle() {
        PageClient advisor = as(Role.SERVICE_ADVISOR);

        String search = advisor.get("/repair-orders/new?q=Diaz").body();
        String chosen =
                advisor.get("/repair-orders/new?customerId=" + shop.customer).body();
        PageClient.Answer opened = advisor.post(
                "/repair-orders/new",
                "customerId",
                shop.customer,
                "vehicleId",
                shop.vehicle,
                "locationId",
                shop.shop.mainLocation().toString(),
                "odometerIn",
                "51000",
                "promisedAt",
                "2026-03-02T17:00",
                "concerns",
                "Rattle over bumps\nCheck engine light",
                "internalNotes",
                "");

        assertThat(search).contains("/repair-orders/new?customerId=" + shop.customer);
        assertThat(chosen).contains("RSA 911", "data-testid=\"ro-open\"");
        assertThat(opened.status()).isEqualTo(302);
        String page = advisor.get(path(opened.header("Location"))).body();
        assertThat(page).contains("Rattle over bumps", "Check engine light", "51,000 mi", "Repair order opened.");
    }

    @Test
    void aWalkInWithoutAVehicleIsRefusedWithTheInputKept() {
        PageClient advisor = as(Role.SERVICE_ADVISOR);

        PageClient.Answer refused = advisor.post(
                "/repair-orders/new",
                "customerId",
                shop.customer,
                "vehicleId",
                "",
                "locationId",
                shop.shop.mainLocation().toString(),
                "odometerIn",
                "51000",
                "concerns",
                "Rattle over bumps");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("Rattle over bumps", "value=\"51000\"", "Please check the form");
        assertThat(shop.advisor()
                        .get("/api/v1/repair-orders?customerId=" + shop.customer)
                        .json()
                        .get("items"))
                .isEmpty();
    }

    @Test
    void aViewerReadsOrdersButIsRefusedTheFormsAndTheTechniciansPage() {
        JsonNode order = shop.orderIn(RepairOrder.Status.ESTIMATE);
        PageClient viewer = as(Role.VIEWER);
        String id = Workshop.id(order);

        assertThat(viewer.get("/repair-orders/" + id).status()).isEqualTo(200);
        assertThat(viewer.get("/repair-orders").status()).isEqualTo(200);
        assertThat(viewer.get("/job-board").status()).isEqualTo(200);
        assertThat(viewer.get("/repair-orders/new").status()).isEqualTo(403);
        assertThat(viewer.get("/repair-orders/" + id + "/edit").status()).isEqualTo(403);
        assertThat(viewer.get("/my-jobs").status()).isEqualTo(403);
        assertThat(viewer.post("/repair-orders/" + id + "/edit", "version", "0", "odometerIn", "1")
                        .status())
                .isEqualTo(403);
        assertThat(viewer.post("/repair-orders/" + id + "/transitions", "to", "CANCELLED", "reason", "x")
                        .status())
                .isEqualTo(403);
        assertThat(viewer.get("/repair-orders/" + id).body()).doesNotContain("54.99", "ro-move-");
        assertThat(shop.advisor()
                        .get("/api/v1/repair-orders/" + id)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("ESTIMATE");
    }

    @Test
    void anotherTenantsOrderIsNotFoundOnEveryPage() {
        String id = Workshop.id(shop.orderIn(RepairOrder.Status.ESTIMATE));
        String job =
                Workshop.jobId(shop.advisor().get("/api/v1/repair-orders/" + id).json(), 0);
        TestShops.Shop other = shops.create("Other Garage");
        PageClient stranger = new PageClient(baseUrl()).signIn(other.email(Role.OWNER), TestShops.PASSWORD);

        assertThat(stranger.get("/repair-orders/" + id).status()).isEqualTo(404);
        assertThat(stranger.get("/repair-orders/" + id + "/edit").status()).isEqualTo(404);
        assertThat(stranger.get("/repair-orders/" + id + "/jobs/" + job + "/edit")
                        .status())
                .isEqualTo(404);
        assertThat(stranger.post("/repair-orders/" + id + "/edit", "version", "0", "odometerIn", "1")
                        .status())
                .isEqualTo(404);
        assertThat(stranger.post("/repair-orders/" + id + "/transitions", "to", "CANCELLED", "reason", "x")
                        .status())
                .isEqualTo(404);
        assertThat(stranger.get("/job-board?locationId=" + shop.shop.mainLocation())
                        .status())
                .isEqualTo(404);
        assertThat(stranger.get("/repair-orders?q=Diaz").body()).doesNotContain("Diaz, Rosa");
        assertThat(shop.advisor()
                        .get("/api/v1/repair-orders/" + id)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("ESTIMATE");
    }

    @Test
    void anAdvisorOfAnotherLocationGetsNotFound() {
        String id = Workshop.id(shop.orderIn(RepairOrder.Status.ESTIMATE));
        PageClient limited = new PageClient(baseUrl()).signIn(shop.shop.limitedAdvisorEmail(), TestShops.PASSWORD);

        assertThat(limited.get("/repair-orders/" + id).status()).isEqualTo(404);
        assertThat(limited.post("/repair-orders/" + id + "/edit", "version", "0", "odometerIn", "1")
                        .status())
                .isEqualTo(404);
        assertThat(limited.get("/job-board?locationId=" + shop.shop.mainLocation())
                        .status())
                .isEqualTo(404);
        assertThat(limited.get("/job-board").status()).isEqualTo(200);
    }

    @Test
    void badDetailsAreRefusedWithTheInputKeptAndNothingChanged() {
        String id = Workshop.id(shop.orderIn(RepairOrder.Status.ESTIMATE));
        PageClient advisor = as(Role.SERVICE_ADVISOR);

        PageClient.Answer notANumber = advisor.post(
                "/repair-orders/" + id + "/edit", "version", "0", "odometerIn", "lots", "concerns", "Grinding noise");
        PageClient.Answer backwards = advisor.post(
                "/repair-orders/" + id + "/edit",
                "version",
                "0",
                "odometerIn",
                "42000",
                "odometerOut",
                "41000",
                "concerns",
                "Grinding noise");

        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(notANumber.body()).contains("value=\"lots\"", "Grinding noise");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.body()).contains("value=\"41000\"", "Grinding noise", "odometerOut-error");
        JsonNode now = shop.advisor().get("/api/v1/repair-orders/" + id).json();
        assertThat(now.get("concerns").get(0).asString()).isEqualTo("Squeal when braking");
        assertThat(now.get("version").asInt()).isEqualTo(0);
    }

    @Test
    void aStaleSaveOfTheDetailsChangesNothingSaysSoAndKeepsTheInput() {
        String id = Workshop.id(shop.orderIn(RepairOrder.Status.ESTIMATE));
        shop.advisor().patch("/api/v1/repair-orders/" + id, Map.of("internalNotes", "Customer waits", "version", 0));

        PageClient.Answer stale = as(Role.SERVICE_ADVISOR)
                .post(
                        "/repair-orders/" + id + "/edit",
                        "version",
                        "0",
                        "odometerIn",
                        "42000",
                        "concerns",
                        "Grinding noise",
                        "internalNotes",
                        "Loaner car");

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body())
                .contains("Someone else changed this record", "Loaner car", "Grinding noise")
                .contains("name=\"version\" value=\"1\"");
        assertThat(shop.advisor()
                        .get("/api/v1/repair-orders/" + id)
                        .json()
                        .get("internalNotes")
                        .asString())
                .isEqualTo("Customer waits");
    }

    @Test
    void detailsAreSavedWithTechniciansAndThePromisedTime() {
        String id = Workshop.id(shop.orderIn(RepairOrder.Status.ESTIMATE));

        PageClient.Answer saved = as(Role.SERVICE_ADVISOR)
                .post(
                        "/repair-orders/" + id + "/edit",
                        "version",
                        "0",
                        "serviceAdvisorId",
                        shop.user(Role.SERVICE_ADVISOR),
                        "technicianIds",
                        shop.user(Role.TECHNICIAN),
                        "odometerIn",
                        "42000",
                        "odometerOut",
                        "42015",
                        "promisedAt",
                        "2026-03-02T17:30",
                        "concerns",
                        "Squeal when braking\nWipers smear",
                        "internalNotes",
                        "Loaner car");

        assertThat(saved.status()).isEqualTo(302);
        JsonNode now = shop.advisor().get("/api/v1/repair-orders/" + id).json();
        assertThat(now.get("technicianIds").get(0).asString()).isEqualTo(shop.user(Role.TECHNICIAN));
        assertThat(now.get("odometerOut").asInt()).isEqualTo(42015);
        assertThat(now.get("concerns")).hasSize(2);
        assertThat(now.get("promisedAtLocal").asString()).startsWith("2026-03-02T17:30");

        PageClient.Answer emptied = as(Role.SERVICE_ADVISOR)
                .post(
                        "/repair-orders/" + id + "/edit",
                        "version",
                        String.valueOf(now.get("version").asInt()),
                        "serviceAdvisorId",
                        shop.user(Role.SERVICE_ADVISOR),
                        "technicianIds",
                        shop.user(Role.TECHNICIAN),
                        "odometerIn",
                        "42000",
                        "odometerOut",
                        "",
                        "promisedAt",
                        "",
                        "concerns",
                        "Squeal when braking\nWipers smear",
                        "internalNotes",
                        "Loaner car");
        JsonNode after = shop.advisor().get("/api/v1/repair-orders/" + id).json();

        assertThat(emptied.status()).as("emptying a field clears it").isEqualTo(302);
        assertThat(after.get("promisedAt").isNull()).isTrue();
        assertThat(after.get("odometerOut").isNull()).isTrue();
        assertThat(after.get("odometerIn").asInt()).isEqualTo(42000);
    }

    @Test
    void jobsAreAddedByHandAndFromACannedJobAndLinesPricedFromTheLocationsRates() {
        String id = Workshop.id(shop.openOrder(List.of()));
        String canned = Workshop.created(shop.advisor()
                        .post(
                                "/api/v1/canned-jobs",
                                Map.of(
                                        "name",
                                        "Oil change",
                                        "title",
                                        "Oil change 5W-30",
                                        "lines",
                                        List.of(Map.of(
                                                "kind", "PART",
                                                "description", "Oil 5W-30",
                                                "quantity", "5",
                                                "unitCost", "4.00",
                                                "unitPrice", "9.00")))))
                .get("id")
                .asString();
        PageClient advisor = as(Role.SERVICE_ADVISOR);

        PageClient.Answer byHand = advisor.post(
                "/repair-orders/" + id + "/jobs", "version", "0", "title", "Diagnose rattle", "complaint", "Rattle");
        PageClient.Answer fromCanned =
                advisor.post("/repair-orders/" + id + "/jobs/canned", "version", "1", "cannedJobId", canned);
        JsonNode order = shop.advisor().get("/api/v1/repair-orders/" + id).json();
        String job = Workshop.jobId(order, 0);
        String form = advisor.get("/repair-orders/" + id + "/jobs/" + job + "/lines/new?kind=LABOR")
                .body();
        PageClient.Answer labor = advisor.post(
                "/repair-orders/" + id + "/jobs/" + job + "/lines/new",
                "version",
                "2",
                "kind",
                "LABOR",
                "description",
                "Road test",
                "hours",
                "0.5",
                "laborRateId",
                shop.laborRate,
                "rate",
                "",
                "amount",
                "",
                "taxable",
                "true");

        assertThat(byHand.status()).isEqualTo(302);
        assertThat(fromCanned.status()).isEqualTo(302);
        assertThat(form).contains("Standard · 120.00 USD");
        assertThat(labor.status()).as(labor.body()).isEqualTo(302);
        String page = advisor.get("/repair-orders/" + id).body();
        assertThat(page).contains("Diagnose rattle", "Oil change 5W-30", "Road test", "60.00", "45.00");
    }

    @Test
    void aBadLineIsRefusedWithTheInputKeptAndAStaleOneSaysSo() {
        JsonNode order = shop.orderIn(RepairOrder.Status.ESTIMATE);
        String id = Workshop.id(order);
        String job = Workshop.jobId(order, 1);
        String line = order.get("jobs").get(1).get("lines").get(0).get("id").asString();
        PageClient advisor = as(Role.SERVICE_ADVISOR);

        PageClient.Answer bad = advisor.post(
                "/repair-orders/" + id + "/jobs/" + job + "/lines/new",
                "version",
                "0",
                "kind",
                "PART",
                "description",
                "Wiper blades",
                "quantity",
                "two",
                "unitPrice",
                "12.50",
                "taxable",
                "true");
        shop.advisor().patch("/api/v1/repair-orders/" + id, Map.of("internalNotes", "x", "version", 0));
        PageClient.Answer stale = advisor.post(
                "/repair-orders/" + id + "/jobs/" + job + "/lines/" + line + "/edit",
                "version",
                "0",
                "kind",
                "PART",
                "description",
                "Premium cabin filter",
                "quantity",
                "1",
                "unitPrice",
                "29.99",
                "taxable",
                "true");

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("value=\"two\"", "value=\"Wiper blades\"");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains("Someone else changed this record", "Premium cabin filter");
        assertThat(shop.advisor().get("/api/v1/repair-orders/" + id).json().toString())
                .doesNotContain("Wiper blades", "Premium cabin filter");
    }

    @Test
    void holdingAnOrderAsksForAReasonAndKeepsWhatWasTyped() {
        String id = Workshop.id(shop.orderIn(RepairOrder.Status.IN_PROGRESS));
        PageClient advisor = as(Role.SERVICE_ADVISOR);
        String version = version(id);

        PageClient.Answer noReason = advisor.post(
                "/repair-orders/" + id + "/transitions", "to", "ON_HOLD", "version", version, "reason", "  ");
        PageClient.Answer held = advisor.post(
                "/repair-orders/" + id + "/transitions",
                "to",
                "ON_HOLD",
                "version",
                version,
                "reason",
                "Waiting for pads",
                "next",
                "/job-board");
        PageClient.Answer stale = advisor.post(
                "/repair-orders/" + id + "/transitions", "to", "CANCELLED", "version", version, "reason", "Sold it");

        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("id=\"reason\"", "data-testid=\"ro-move-confirm\"");
        assertThat(held.status()).isEqualTo(302);
        assertThat(held.header("Location")).endsWith("/job-board?notice=repair-order-moved");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains("Someone else changed this record", "value=\"Sold it\"");
        String page = advisor.get("/repair-orders/" + id).body();
        assertThat(page).contains("Waiting for pads", "data-testid=\"ro-move-IN_PROGRESS\"");
    }

    @Test
    void sendingForApprovalShowsTheCustomersLinkOnceAndAVerbalDecisionIsMarkedVerbal() {
        JsonNode order = shop.orderIn(RepairOrder.Status.ESTIMATE);
        String id = Workshop.id(order);
        PageClient advisor = as(Role.SERVICE_ADVISOR);

        PageClient.Answer sent = advisor.post("/repair-orders/" + id + "/approval-requests", "version", "0");
        String linkPage = java.net.URI.create(sent.header("Location")).getPath();
        PageClient.Answer shown = advisor.get(linkPage);
        PageClient.Answer shownAgain = advisor.get(linkPage);
        String version = version(id);
        String form = advisor.get("/repair-orders/" + id + "/verbal-approval").body();
        PageClient.Answer missingName = advisor.post(
                "/repair-orders/" + id + "/verbal-approval",
                "version",
                version,
                "approve",
                Workshop.jobId(order, 0),
                "approvedBy",
                "",
                "method",
                "PHONE");
        PageClient.Answer recorded = advisor.post(
                "/repair-orders/" + id + "/verbal-approval",
                "version",
                version,
                "approve",
                Workshop.jobId(order, 0),
                "decline",
                Workshop.jobId(order, 1),
                "approvedBy",
                "Rosa Diaz",
                "method",
                "PHONE",
                "at",
                "");

        assertThat(sent.status()).isEqualTo(302);
        assertThat(sent.header("Location")).endsWith("/repair-orders/" + id + "/approval-link");
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.body()).containsPattern("/approvals/[A-Za-z0-9_.-]+\"");
        assertThat(shownAgain.status()).isEqualTo(200);
        assertThat(shownAgain.body()).doesNotContainPattern("/approvals/[A-Za-z0-9_.-]+\"");
        assertThat(form).contains("data-testid=\"ro-verbal-approve-1\"", "data-testid=\"ro-verbal-decline-2\"");
        assertThat(missingName.status()).isEqualTo(400);
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(302);
        String page = advisor.get("/repair-orders/" + id).body();
        assertThat(page).contains("ro-job-verbal", "Rosa Diaz", "by phone (verbal)", "Approved");
        assertThat(page).contains("data-testid=\"ro-status\"").contains(">Approved<");
        String nextVisit = advisor.get("/repair-orders/" + Workshop.id(shop.openOrder(List.of())))
                .body();
        assertThat(nextVisit).contains("data-testid=\"ro-deferred\"", "Cabin filter", "Rosa Diaz");
    }

    @Test
    void aJobChangedAfterItsApprovalShowsWhatWasApprovedAgainstWhatItIsNow() {
        JsonNode order = shop.orderIn(RepairOrder.Status.APPROVED);
        String id = Workshop.id(order);
        String job = Workshop.jobId(order, 0);
        String pads = order.get("jobs").get(0).get("lines").get(1).get("id").asString();
        Workshop.ok(shop.advisor()
                .patch(
                        "/api/v1/repair-orders/" + id + "/jobs/" + job + "/lines/" + pads,
                        Map.of("unitPrice", "64.99")));

        String page = as(Role.SERVICE_ADVISOR).get("/repair-orders/" + id).body();

        assertThat(page)
                .contains("data-testid=\"ro-job-difference\"", "Changed since approval")
                .contains("As approved: Brake pads · 54.99", "Now: Brake pads · 64.99");
    }

    @Test
    void everyFormOfTheOrderRendersForTheAdvisorAndTheTechnicianGetsOnlyTheThreeCs() {
        JsonNode order = shop.orderIn(RepairOrder.Status.IN_PROGRESS);
        String id = Workshop.id(order);
        String job = Workshop.jobId(order, 0);
        String line = order.get("jobs").get(0).get("lines").get(0).get("id").asString();
        PageClient advisor = as(Role.SERVICE_ADVISOR);
        String base = "/repair-orders/" + id;

        assertThat(advisor.get(base + "/edit").body()).contains("data-testid=\"ro-details-form\"");
        assertThat(advisor.get(base + "/jobs/" + job + "/edit").body())
                .contains("data-testid=\"ro-job-form\"", "id=\"title\"", "id=\"technicianId\"");
        for (String kind : List.of("LABOR", "PART", "FEE", "DISCOUNT")) {
            PageClient.Answer form = advisor.get(base + "/jobs/" + job + "/lines/new?kind=" + kind);
            assertThat(form.status()).isEqualTo(200);
            assertThat(form.body()).contains("data-testid=\"ro-line-form\"", "value=\"" + kind + "\"");
        }
        assertThat(advisor.get(base + "/jobs/" + job + "/lines/" + line + "/edit")
                        .body())
                .contains("value=\"Replace front pads\"", "value=\"1.5\"");
        assertThat(advisor.get(base + "/move?to=ON_HOLD&next=/job-board").body())
                .contains("id=\"reason\"", "value=\"/job-board\"");
        assertThat(advisor.get(base + "/move?to=SOMEWHERE").status()).isEqualTo(400);
        String technician =
                as(Role.TECHNICIAN).get(base + "/jobs/" + job + "/edit").body();
        assertThat(technician).contains("id=\"cause\"").doesNotContain("id=\"title\"", "id=\"technicianId\"");
    }

    private String version(String id) {
        return String.valueOf(shop.advisor()
                .get("/api/v1/repair-orders/" + id)
                .json()
                .get("version")
                .asInt());
    }

    private PageClient as(Role role) {
        return new PageClient(baseUrl()).signIn(shop.shop.email(role), TestShops.PASSWORD);
    }

    private static String path(String location) {
        Matcher matcher = Pattern.compile("^(?:https?://[^/]+)?(/.*)$").matcher(location);
        assertThat(matcher.matches()).isTrue();
        return matcher.group(1);
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
