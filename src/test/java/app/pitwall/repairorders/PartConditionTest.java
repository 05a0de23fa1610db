package app.pitwall.repairorders;

import static app.pitwall.support.Workshop.created;
import static app.pitwall.support.Workshop.id;
import static app.pitwall.support.Workshop.jobId;
import static app.pitwall.support.Workshop.ok;
import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.access.Role;
import app.pitwall.support.ApiClient;
import app.pitwall.support.PageClient;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.TestShops;
import app.pitwall.support.Workshop;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A part line states its part's condition (new, used, rebuilt...): through the lines API, the line form and the order
 * page, the printed estimate and work order, and a canned job's part lines.
 */
@PitwallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartConditionTest {

    @Autowired
    TestShops shops;

    @LocalServerPort
    int port;

    Workshop shop;

    @BeforeAll
    void openTheShop() {
        shop = Workshop.open(shops, base(), "Condition Garage");
    }

    @Test
    void aPartLineStatesItsConditionThroughTheApiAndOtherChangesKeepIt() {
        JsonNode order = shop.openOrder(List.of(shop.filterJob()));
        String lines = "/api/v1/repair-orders/" + id(order) + "/jobs/" + jobId(order, 0) + "/lines";

        JsonNode added = created(shop.advisor().post(lines, alternator("REBUILT")));
        JsonNode line = added.get("jobs").get(0).get("lines").get(1);
        String path = lines + "/" + line.get("id").asString();
        JsonNode requantified = ok(shop.advisor().patch(path, Map.of("quantity", "2")));
        JsonNode used = ok(shop.advisor().patch(path, Map.of("condition", "USED")));

        assertThat(line.get("condition").asString()).isEqualTo("REBUILT");
        assertThat(requantified
                        .get("jobs")
                        .get(0)
                        .get("lines")
                        .get(1)
                        .get("condition")
                        .asString())
                .isEqualTo("REBUILT");
        assertThat(used.get("jobs").get(0).get("lines").get(1).get("condition").asString())
                .isEqualTo("USED");
        assertThat(added.get("jobs").get(0).get("lines").get(0).get("condition").isNull())
                .as("a part without a stated condition")
                .isTrue();
    }

    @Test
    void anUnknownConditionOrOneOnALaborLineIsRefusedAndNothingChanges() {
        JsonNode order = shop.openOrder(List.of(shop.filterJob()));
        String base = "/api/v1/repair-orders/" + id(order);
        String lines = base + "/jobs/" + jobId(order, 0) + "/lines";

        ApiClient.Response unknown = shop.advisor().post(lines, alternator("SHINY"));
        ApiClient.Response onLabor = shop.advisor()
                .post(lines, Map.of("kind", "LABOR", "description", "Fit", "hours", "1", "condition", "NEW"));

        assertThat(unknown.status()).as(unknown.body()).isEqualTo(400);
        assertThat(unknown.body()).contains("condition");
        assertThat(onLabor.status()).as(onLabor.body()).isEqualTo(400);
        assertThat(onLabor.body()).contains("condition");
        JsonNode kept = ok(shop.advisor().get(base));
        assertThat(kept.get("version").asInt()).isZero();
        assertThat(kept.get("jobs").get(0).get("lines")).hasSize(1);
    }

    @Test
    void theLineFormSetsTheConditionAndTheOrderPageShowsIt() {
        JsonNode order = shop.openOrder(List.of(shop.filterJob()));
        String id = id(order);
        String job = jobId(order, 0);
        PageClient advisor = new PageClient(base()).signIn(shop.shop.email(Role.SERVICE_ADVISOR), TestShops.PASSWORD);

        String form = advisor.get("/repair-orders/" + id + "/jobs/" + job + "/lines/new?kind=PART")
                .body();
        PageClient.Answer saved = advisor.post(
                "/repair-orders/" + id + "/jobs/" + job + "/lines/new",
                "version",
                "0",
                "kind",
                "PART",
                "description",
                "Starter motor",
                "partNumber",
                "ST-4",
                "condition",
                "RECONDITIONED",
                "quantity",
                "1",
                "unitPrice",
                "140.00",
                "taxable",
                "true");

        assertThat(form).contains("name=\"condition\"", "Reconditioned", "Not stated");
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        assertThat(advisor.get("/repair-orders/" + id).body()).contains("ST-4", "Reconditioned");
        JsonNode line = ok(shop.advisor().get("/api/v1/repair-orders/" + id))
                .get("jobs")
                .get(0)
                .get("lines")
                .get(1);
        assertThat(line.get("condition").asString()).isEqualTo("RECONDITIONED");
    }

    @Test
    void theEstimateAndTheWorkOrderPrintTheConditionBesideThePartNumber() {
        JsonNode order = shop.openOrder(List.of(shop.filterJob()));
        String lines = "/api/v1/repair-orders/" + id(order) + "/jobs/" + jobId(order, 0) + "/lines";
        created(shop.advisor().post(lines, alternator("REBUILT")));

        String estimate = RepairOrderPrintsTest.text(pdf(shop.advisor(), id(order), "estimate.pdf"));
        String workOrder = RepairOrderPrintsTest.text(pdf(shop.as(Role.TECHNICIAN), id(order), "work-order.pdf"));

        assertThat(estimate).contains("ALT-9").contains("Rebuilt");
        assertThat(workOrder).contains("ALT-9").contains("Rebuilt");
    }

    @Test
    void aCannedJobsPartLineCarriesItsConditionOntoTheOrder() {
        JsonNode canned = created(shop.advisor()
                .post(
                        "/api/v1/canned-jobs",
                        Map.of(
                                "name",
                                "Alternator " + Long.toString(System.nanoTime(), 36),
                                "title",
                                "Replace alternator",
                                "lines",
                                List.of(alternator("OEM")))));
        JsonNode order = shop.openOrder(List.of());

        JsonNode withJob = created(
                shop.advisor().post("/api/v1/repair-orders/" + id(order) + "/jobs", Map.of("cannedJobId", id(canned))));

        assertThat(canned.get("lines").get(0).get("condition").asString()).isEqualTo("OEM");
        assertThat(withJob.get("jobs")
                        .get(0)
                        .get("lines")
                        .get(0)
                        .get("condition")
                        .asString())
                .isEqualTo("OEM");
    }

    private static Map<String, Object> alternator(String condition) {
        return Map.of(
                "kind", "PART",
                "description", "Alternator",
                "partNumber", "ALT-9",
                "condition", condition,
                "quantity", "1",
                "unitCost", "90.00",
                "unitPrice", "189.00");
    }

    private byte[] pdf(ApiClient who, String order, String document) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base() + "/repair-orders/" + order + "/" + document))
                .header(
                        "Cookie",
                        who.cookies().entrySet().stream()
                                .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                                .collect(Collectors.joining("; ")))
                .build();
        try {
            HttpResponse<byte[]> response =
                    HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            return response.body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
