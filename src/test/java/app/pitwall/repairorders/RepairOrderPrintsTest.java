package app.pitwall.repairorders;

import static app.pitwall.support.Workshop.id;
import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.access.Role;
import app.pitwall.support.ApiClient;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.TestHttp;
import app.pitwall.support.TestShops;
import app.pitwall.support.Workshop;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
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
 * The printed estimate and work order, read back as text: the estimate has the customer's prices and totals and is
 * only for staff who see money; the work order has the work without any price; both follow the tenant and location
 * rules of the pages.
 */
@PitwallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RepairOrderPrintsTest {

    @Autowired
    TestShops shops;

    @LocalServerPort
    int port;

    Workshop shop;
    Workshop otherShop;
    JsonNode order;

    @BeforeAll
    void openAnOrder() {
        shop = Workshop.open(shops, base(), "Print Garage");
        otherShop = Workshop.open(shops, base(), "Other Print Garage");
        order = shop.openOrder(List.of(shop.brakeJob(), shop.filterJob()));
    }

    String base() {
        return "http://localhost:" + port;
    }

    @Test
    void theEstimateShowsTheCustomersPricesAndTotalsButNoCostsOrContact() {
        HttpResponse<byte[]> estimate = fetch(shop.advisor(), "estimate.pdf");

        assertThat(estimate.statusCode()).isEqualTo(200);
        assertThat(estimate.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(estimate.headers().firstValue("Content-Disposition"))
                .hasValue("inline; filename=\"estimate-" + order.get("number").asLong() + ".pdf\"");
        assertThat(estimate.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(text(estimate.body()))
                .contains("Print Garage", "Estimate " + order.get("number").asLong(), "Diaz, Rosa", "2019 Honda Civic")
                .contains("Front brakes", "Brake pads", "Cabin filter", "$54.99", "$120.00", "$250.78", "$272.42")
                .doesNotContain("22.00", "8.00", "555 010");
    }

    @Test
    void theEstimateNamesTheVehiclesVinAndListsEachConcernOnALineOfItsOwn() {
        String vehicle = Workshop.created(shop.advisor()
                        .post(
                                "/api/v1/vehicles",
                                Map.of("customerId", shop.customer, "vin", "1HGCM82633A004352", "make", "Honda")))
                .get("id")
                .asString();
        JsonNode visit = Workshop.created(shop.advisor()
                .post(
                        "/api/v1/repair-orders",
                        Map.of(
                                "locationId",
                                shop.shop.mainLocation().toString(),
                                "customerId",
                                shop.customer,
                                "vehicleId",
                                vehicle,
                                "concerns",
                                List.of("Rattles in the morning.", "Oil change"),
                                "jobs",
                                List.of(shop.filterJob()))));

        String printed = text(fetch(shop.advisor(), "/repair-orders/" + id(visit) + "/estimate.pdf")
                .body());

        assertThat(printed).contains("VIN: 1HGCM82633A004352");
        assertThat(printed).doesNotContain("morning.; Oil change");
        assertThat(printed.lines().filter(line -> line.contains("Rattles in the morning.")))
                .singleElement()
                .satisfies(line -> assertThat(line).doesNotContain("Oil change"));
        assertThat(printed).contains("Oil change");
    }

    @Test
    void theWorkOrderShowsTheWorkWithoutAnyPriceOrContact() {
        HttpResponse<byte[]> workOrder = fetch(shop.as(Role.TECHNICIAN), "work-order.pdf");

        assertThat(workOrder.statusCode()).isEqualTo(200);
        assertThat(workOrder.headers().firstValue("Content-Disposition"))
                .hasValue("inline; filename=\"work-order-" + order.get("number").asLong() + ".pdf\"");
        assertThat(workOrder.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        String text = text(workOrder.body());
        assertThat(text)
                .contains("Work order " + order.get("number").asLong(), "2019 Honda Civic", "Diaz, Rosa")
                .contains("Front brakes", "Squeal when braking", "Replace front pads", "BP-100", "1.5")
                .doesNotContain("$", "54.99", "120", "22.00", "19.99", "8.00", "555 010", "Total");
    }

    @Test
    void onlyStaffWhoSeeMoneyGetTheEstimate() {
        assertThat(fetch(shop.as(Role.TECHNICIAN), "estimate.pdf").statusCode()).isEqualTo(403);
        assertThat(fetch(shop.as(Role.VIEWER), "estimate.pdf").statusCode()).isEqualTo(403);
        assertThat(fetch(shop.as(Role.VIEWER), "work-order.pdf").statusCode()).isEqualTo(200);
        assertThat(fetch(shop.as(Role.MANAGER), "estimate.pdf").statusCode()).isEqualTo(200);
    }

    @Test
    void anotherTenantsOrLocationsOrderIsNotFound() {
        for (String document : List.of("estimate.pdf", "work-order.pdf")) {
            assertThat(fetch(otherShop.advisor(), document).statusCode())
                    .as(document)
                    .isEqualTo(404);
            assertThat(fetch(shop.limitedAdvisor, document).statusCode())
                    .as(document)
                    .isEqualTo(404);
            assertThat(fetch(shop.advisor(), "/repair-orders/" + java.util.UUID.randomUUID() + "/" + document)
                            .statusCode())
                    .isEqualTo(404);
        }
    }

    @Test
    void withoutASessionTheDocumentsAskToSignIn() {
        HttpResponse<byte[]> anonymous = fetch(new ApiClient(base()), "estimate.pdf");

        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElse("")).contains("/session/resume");
    }

    HttpResponse<byte[]> fetch(ApiClient who, String document) {
        String path = document.startsWith("/") ? document : "/repair-orders/" + id(order) + "/" + document;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path));
        if (!who.cookies().isEmpty()) {
            request.header(
                    "Cookie",
                    who.cookies().entrySet().stream()
                            .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                            .collect(Collectors.joining("; ")));
        }
        try {
            return TestHttp.client().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every page's text, as OpenPDF reads it back. */
    static String text(byte[] pdf) {
        try {
            PdfReader reader = new PdfReader(pdf);
            try {
                PdfTextExtractor extractor = new PdfTextExtractor(reader);
                StringBuilder text = new StringBuilder();
                for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                    text.append(extractor.getTextFromPage(page)).append('\n');
                }
                return text.toString();
            } finally {
                reader.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
