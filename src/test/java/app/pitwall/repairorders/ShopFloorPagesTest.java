package app.pitwall.repairorders;

import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.access.Role;
import app.pitwall.support.PageClient;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.TestShops;
import app.pitwall.support.Workshop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The shop floor's pages: the job board (polling itself through htmx, click-to-move) and the technician's My jobs, and
 * the rule that a technician sees neither prices nor the customer's contact details on any repair-order page.
 */
@PitwallIntegrationTest
class ShopFloorPagesTest {

    /** What the brake job and the filter job cost, and the customer's phone: none of it is for a technician. */
    static final String[] MONEY_AND_CONTACT = {"54.99", "180.00", "19.99", "22.00", "USD", "555 010 2233"};

    @Autowired
    TestShops shops;

    @LocalServerPort
    int port;

    Workshop shop;

    @BeforeEach
    void openTheShop() {
        shop = Workshop.open(shops, "http://localhost:" + port, "Floor Garage");
    }

    @Test
    void aTechnicianSeesNoPricesAndNoContactDetailsOnTheOrderTheBoardOrTheirJobs() {
        String id = Workshop.id(shop.orderIn(RepairOrder.Status.IN_PROGRESS));
        PageClient technician = as(Role.TECHNICIAN);
        PageClient advisor = as(Role.SERVICE_ADVISOR);

        PageClient.Answer order = technician.get("/repair-orders/" + id);
        PageClient.Answer board = technician.get("/job-board");
        PageClient.Answer mine = technician.get("/my-jobs");
        PageClient.Answer list = technician.get("/repair-orders");

        for (PageClient.Answer page : new PageClient.Answer[] {order, board, mine, list}) {
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains("Diaz, Rosa").doesNotContain(MONEY_AND_CONTACT);
        }
        assertThat(mine.body()).contains("Front brakes", "Squeal when braking").doesNotContain("Cabin filter");
        assertThat(order.body()).doesNotContain("estimate.pdf", "ro-line-edit", "ro-add-LABOR");
        assertThat(advisor.get("/repair-orders/" + id).body()).contains("54.99", "180.00");
        assertThat(advisor.get("/job-board").body()).contains("USD");
    }

    @Test
    void theBoardAnswersHtmxWithTheBoardAloneWhichPollsEveryTenSeconds() {
        JsonNode order = shop.orderIn(RepairOrder.Status.APPROVED);
        PageClient advisor = as(Role.SERVICE_ADVISOR);

        PageClient.Answer page = advisor.get("/job-board");
        PageClient.Answer fragment = advisor.get(
                "/job-board?locationId=" + shop.shop.mainLocation() + "&technician=" + shop.user(Role.TECHNICIAN),
                "HX-Request",
                "true");

        assertThat(page.body()).contains("hx-trigger=\"every 10s\"", "data-testid=\"jb-column-APPROVED\"");
        assertThat(fragment.status()).isEqualTo(200);
        assertThat(fragment.body().strip()).startsWith("<div id=\"job-board\"");
        assertThat(fragment.body())
                .contains("hx-trigger=\"every 10s\"", "/repair-orders/" + Workshop.id(order))
                .contains("hx-get=\"/job-board?locationId=" + shop.shop.mainLocation() + "&amp;technician=")
                .doesNotContain("<html", "class=\"topbar\"");
    }

    @Test
    void theBoardFiltersByTechnicianAndMovesAnOrderWithAClick() {
        JsonNode approved = shop.orderIn(RepairOrder.Status.APPROVED);
        JsonNode unassigned = shop.openOrder(java.util.List.of(shop.filterJob()));
        PageClient advisor = as(Role.SERVICE_ADVISOR);
        String mine = "/job-board?locationId=" + shop.shop.mainLocation() + "&technician=" + shop.user(Role.TECHNICIAN);

        String filtered = advisor.get(mine).body();
        PageClient.Answer moved = advisor.post(
                "/repair-orders/" + Workshop.id(approved) + "/transitions",
                "to",
                "IN_PROGRESS",
                "version",
                String.valueOf(approved.get("version").asInt()),
                "next",
                mine);

        assertThat(filtered)
                .contains("/repair-orders/" + Workshop.id(approved))
                .doesNotContain("/repair-orders/" + Workshop.id(unassigned));
        assertThat(filtered).contains("data-testid=\"jb-move-IN_PROGRESS\"", "data-testid=\"jb-move-CANCELLED\"");
        assertThat(moved.status()).isEqualTo(302);
        assertThat(moved.header("Location")).contains("/job-board?locationId=").endsWith("&notice=repair-order-moved");
        assertThat(status(approved)).isEqualTo("IN_PROGRESS");
    }

    @Test
    void aTechnicianWritesUpTheirJobMarksItDoneAndMarksTheOrderReady() {
        JsonNode order = shop.orderIn(RepairOrder.Status.APPROVED);
        String id = Workshop.id(order);
        String job = Workshop.jobId(order, 0);
        PageClient technician = as(Role.TECHNICIAN);

        String before = technician.get("/my-jobs").body();
        PageClient.Answer started = technician.post(
                "/repair-orders/" + id + "/transitions",
                "to",
                "IN_PROGRESS",
                "version",
                version(id),
                "next",
                "/my-jobs");
        PageClient.Answer writtenUp = technician.post(
                "/repair-orders/" + id + "/jobs/" + job + "/edit",
                "version",
                version(id),
                "next",
                "/my-jobs#job-" + job,
                "complaint",
                "Squeal when braking",
                "cause",
                "Pads worn to 2 mm",
                "correction",
                "Replaced front pads",
                "technicianNotes",
                "Rotors within spec");
        PageClient.Answer done = technician.post(
                "/repair-orders/" + id + "/jobs/" + job + "/done", "version", version(id), "next", "/my-jobs");
        PageClient.Answer ready = technician.post(
                "/repair-orders/" + id + "/transitions", "to", "READY", "version", version(id), "next", "/my-jobs");

        assertThat(before).contains("data-testid=\"mj-move-IN_PROGRESS\"").doesNotContain("mj-move-CANCELLED");
        assertThat(started.status()).isEqualTo(302);
        assertThat(writtenUp.status()).as(writtenUp.body()).isEqualTo(302);
        assertThat(writtenUp.header("Location")).endsWith("/my-jobs?notice=job-saved#job-" + job);
        assertThat(done.status()).isEqualTo(302);
        assertThat(ready.status()).isEqualTo(302);
        JsonNode now = shop.advisor().get("/api/v1/repair-orders/" + id).json();
        assertThat(now.get("status").asString()).isEqualTo("READY");
        assertThat(now.get("jobs").get(0).get("cause").asString()).isEqualTo("Pads worn to 2 mm");
        assertThat(now.get("jobs").get(0).get("title").asString()).isEqualTo("Front brakes");
    }

    @Test
    void aTechnicianCannotWriteUpAnotherTechniciansJobNorCancelAnOrder() {
        JsonNode order = shop.orderIn(RepairOrder.Status.IN_PROGRESS);
        String id = Workshop.id(order);
        String filterJob = Workshop.jobId(order, 1);
        Workshop.ok(shop.advisor()
                .patch(
                        "/api/v1/repair-orders/" + id + "/jobs/" + filterJob,
                        java.util.Map.of("technicianId", shop.user(Role.SERVICE_ADVISOR))));
        PageClient technician = as(Role.TECHNICIAN);

        PageClient.Answer othersJob = technician.get("/repair-orders/" + id + "/jobs/" + filterJob + "/edit");
        PageClient.Answer cancel = technician.post(
                "/repair-orders/" + id + "/transitions", "to", "CANCELLED", "version", version(id), "reason", "No");
        PageClient.Answer price =
                technician.get("/repair-orders/" + id + "/jobs/" + Workshop.jobId(order, 0) + "/lines/new?kind=PART");

        assertThat(othersJob.status()).isEqualTo(403);
        assertThat(cancel.status()).isEqualTo(403);
        assertThat(price.status()).isEqualTo(403);
        assertThat(status(order)).isEqualTo("IN_PROGRESS");
    }

    @Test
    void aStaleMarkDoneChangesNothingAndSaysSo() {
        JsonNode order = shop.orderIn(RepairOrder.Status.IN_PROGRESS);
        String id = Workshop.id(order);
        String stale = version(id);
        shop.advisor()
                .patch(
                        "/api/v1/repair-orders/" + id,
                        java.util.Map.of("internalNotes", "Rush", "version", order.get("version")));

        PageClient.Answer done = as(Role.TECHNICIAN)
                .post("/repair-orders/" + id + "/jobs/" + Workshop.jobId(order, 0) + "/done", "version", stale);

        assertThat(done.status()).isEqualTo(409);
        assertThat(done.body()).contains("Someone else changed this record");
        assertThat(shop.advisor()
                        .get("/api/v1/repair-orders/" + id)
                        .json()
                        .get("jobs")
                        .get(0)
                        .get("done")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void theNavigationOffersMyJobsOnlyToThoseWhoWorkOrders() {
        String viewer = as(Role.VIEWER).get("/repair-orders").body();
        String technician = as(Role.TECHNICIAN).get("/repair-orders").body();

        assertThat(viewer)
                .contains("href=\"/repair-orders\"", "href=\"/job-board\"")
                .doesNotContain("href=\"/my-jobs\"");
        assertThat(technician).contains("href=\"/repair-orders\"", "href=\"/job-board\"", "href=\"/my-jobs\"");
    }

    private String status(JsonNode order) {
        return shop.advisor()
                .get("/api/v1/repair-orders/" + Workshop.id(order))
                .json()
                .get("status")
                .asString();
    }

    private String version(String id) {
        return String.valueOf(shop.advisor()
                .get("/api/v1/repair-orders/" + id)
                .json()
                .get("version")
                .asInt());
    }

    private PageClient as(Role role) {
        return new PageClient("http://localhost:" + port).signIn(shop.shop.email(role), TestShops.PASSWORD);
    }
}
