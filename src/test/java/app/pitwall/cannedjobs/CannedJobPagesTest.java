package app.pitwall.cannedjobs;

import static app.pitwall.support.Workshop.created;
import static app.pitwall.support.Workshop.id;
import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.access.Role;
import app.pitwall.support.PageClient;
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
 * The canned-job pages: written with their lines by advisors and up (they carry prices), hidden from technicians and
 * viewers, another tenant's job not found, refused lines answered 400 with the rows kept, stale saves 409.
 */
@PitwallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CannedJobPagesTest {

    @Autowired
    TestShops shops;

    @LocalServerPort
    int port;

    Workshop shop;

    @BeforeAll
    void openTheShop() {
        shop = Workshop.open(shops, baseUrl(), "Canned Pages Garage");
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    PageClient signedIn(Role role) {
        return new PageClient(baseUrl()).signIn(shop.shop.email(role), TestShops.PASSWORD);
    }

    String cannedJob(String name) {
        return id(created(shop.advisor()
                .post(
                        "/api/v1/canned-jobs",
                        Map.of(
                                "name",
                                name,
                                "title",
                                "Replace front brake pads",
                                "lines",
                                List.of(
                                        Map.of("kind", "LABOR", "description", "Pads", "hours", "1.2"),
                                        Map.of(
                                                "kind", "PART",
                                                "description", "Pad set",
                                                "partNumber", "BP-7",
                                                "quantity", "1",
                                                "unitCost", "20.00",
                                                "unitPrice", "49.50"))))));
    }

    @Test
    void anAdvisorWritesACannedJobWithLaborPartAndFeeLines() {
        PageClient advisor = signedIn(Role.SERVICE_ADVISOR);
        assertThat(advisor.get("/canned-jobs/new").body()).contains("lines[0].kind", "lines[1].kind");

        PageClient.Answer saved = advisor.post(
                "/canned-jobs/new",
                "name",
                "Oil change 5W-30",
                "title",
                "Oil and filter change",
                "complaint",
                "Due for service",
                "correction",
                "",
                "lines[0].kind",
                "LABOR",
                "lines[0].description",
                "Change oil",
                "lines[0].hours",
                "0.5",
                "lines[1].kind",
                "",
                "lines[1].description",
                "",
                "lines[2].kind",
                "PART",
                "lines[2].description",
                "Oil filter",
                "lines[2].partNumber",
                "OF-1",
                "lines[2].condition",
                "AFTERMARKET",
                "lines[2].quantity",
                "1",
                "lines[2].unitCost",
                "4.00",
                "lines[2].unitPrice",
                "12.99",
                "lines[3].kind",
                "FEE",
                "lines[3].description",
                "Oil disposal",
                "lines[3].feeKind",
                "ENVIRONMENTAL",
                "lines[3].amount",
                "3.50",
                "version",
                "");

        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        assertThat(saved.header("Location")).contains("notice=canned-job-created");
        JsonNode listed =
                shop.advisor().get("/api/v1/canned-jobs?q=Oil%20change").json().get("items");
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("lines")).hasSize(3);
        assertThat(listed.get(0).get("lines").get(1).get("unitPrice").asString())
                .isEqualTo("12.99");
        assertThat(listed.get(0).get("lines").get(1).get("condition").asString())
                .isEqualTo("AFTERMARKET");
        assertThat(advisor.get("/canned-jobs?q=oil").body()).contains("Oil change 5W-30", "Oil and filter change");
        assertThat(advisor.get("/canned-jobs/" + id(listed.get(0))).body())
                .contains("value=\"12.99\"", "OF-1", "value=\"AFTERMARKET\" selected=\"selected\"");
    }

    @Test
    void addALineShowsAnotherRowAndKeepsTheInput() {
        PageClient.Answer answer = signedIn(Role.SERVICE_ADVISOR)
                .post(
                        "/canned-jobs/new",
                        "name",
                        "Wipers",
                        "title",
                        "Replace wipers",
                        "lines[0].kind",
                        "PART",
                        "lines[0].description",
                        "Wiper blade",
                        "addLine",
                        "true");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body())
                .contains("value=\"Wiper blade\"", "lines[1].kind")
                .doesNotContain("lines[2].kind");
        assertThat(shop.advisor().get("/api/v1/canned-jobs?q=Wipers").json().get("items"))
                .isEmpty();
    }

    @Test
    void refusedLinesAnswer400AtTheRowTypedAndKeepTheInput() {
        PageClient advisor = signedIn(Role.SERVICE_ADVISOR);

        PageClient.Answer notANumber = advisor.post(
                "/canned-jobs/new",
                "name",
                "Alignment",
                "title",
                "Four-wheel alignment",
                "lines[0].kind",
                "LABOR",
                "lines[0].description",
                "Align",
                "lines[0].hours",
                "one and a half");
        PageClient.Answer refusedByTheService = advisor.post(
                "/canned-jobs/new",
                "name",
                "Alignment",
                "title",
                "Four-wheel alignment",
                "lines[0].kind",
                "",
                "lines[1].kind",
                "PART",
                "lines[1].description",
                "Shims");

        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(notANumber.body()).contains("value=\"one and a half\"", "lines-0-hours-error");
        assertThat(refusedByTheService.status()).isEqualTo(400);
        assertThat(refusedByTheService.body()).contains("value=\"Shims\"", "href=\"#lines-1-");
        assertThat(shop.advisor().get("/api/v1/canned-jobs?q=Alignment").json().get("items"))
                .isEmpty();
    }

    @Test
    void aStaleSaveAnswers409AndKeepsTheInput() {
        String id = cannedJob("Brakes stale");
        shop.advisor().patch("/api/v1/canned-jobs/" + id, Map.of("title", "Changed elsewhere", "version", 0));

        PageClient.Answer stale = signedIn(Role.SERVICE_ADVISOR)
                .post(
                        "/canned-jobs/" + id,
                        "name",
                        "Brakes stale",
                        "title",
                        "My better title",
                        "lines[0].kind",
                        "LABOR",
                        "lines[0].description",
                        "Pads",
                        "lines[0].hours",
                        "1.2",
                        "version",
                        "0");

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains("value=\"My better title\"", "name=\"version\" value=\"1\"");
        assertThat(shop.advisor()
                        .get("/api/v1/canned-jobs/" + id)
                        .json()
                        .get("title")
                        .asString())
                .isEqualTo("Changed elsewhere");
    }

    @Test
    void techniciansAndViewersGetForbiddenAndAnotherTenantNotFound() {
        String id = cannedJob("Brakes private");
        for (Role role : new Role[] {Role.TECHNICIAN, Role.VIEWER}) {
            PageClient client = signedIn(role);
            assertThat(client.get("/canned-jobs").status()).isEqualTo(403);
            assertThat(client.get("/canned-jobs/" + id).status()).isEqualTo(403);
            assertThat(client.post("/canned-jobs/" + id + "/delete").status()).isEqualTo(403);
            assertThat(client.get("/today").body())
                    .contains("href=\"/job-board\"")
                    .doesNotContain("href=\"/canned-jobs\"");
        }
        assertThat(signedIn(Role.SERVICE_ADVISOR).get("/canned-jobs").body()).contains("href=\"/canned-jobs\"");
        TestShops.Shop other = shops.create("Other Canned Garage");
        PageClient stranger = new PageClient(baseUrl()).signIn(other.email(Role.OWNER), TestShops.PASSWORD);
        assertThat(stranger.get("/canned-jobs/" + id).status()).isEqualTo(404);
        assertThat(stranger.post("/canned-jobs/" + id + "/delete").status()).isEqualTo(404);
        assertThat(stranger.get("/canned-jobs?q=private").body()).doesNotContain("Brakes private");
        assertThat(shop.advisor().get("/api/v1/canned-jobs/" + id).status()).isEqualTo(200);
    }

    @Test
    void deletingAsksFirstThenRemovesTheTemplate() {
        String id = cannedJob("Brakes to delete");
        PageClient advisor = signedIn(Role.SERVICE_ADVISOR);

        assertThat(advisor.get("/canned-jobs/" + id + "/delete").body()).contains("confirm-delete-canned-job");
        PageClient.Answer deleted = advisor.post("/canned-jobs/" + id + "/delete");

        assertThat(deleted.status()).isEqualTo(302);
        assertThat(shop.advisor().get("/api/v1/canned-jobs/" + id).status()).isEqualTo(404);
    }
}
