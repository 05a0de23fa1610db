package app.pitwall.repairorders;

import static app.pitwall.support.Workshop.id;
import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.access.Role;
import app.pitwall.platform.HeavyWork;
import app.pitwall.platform.TenantId;
import app.pitwall.platform.database.DatabaseEndpoint;
import app.pitwall.support.ApiClient;
import app.pitwall.support.DeclaredPngs;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.TestHttp;
import app.pitwall.support.TestShops;
import app.pitwall.support.Workshop;
import com.lowagie.text.pdf.PRIndirectReference;
import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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

    @Autowired
    DatabaseEndpoint endpoint;

    @Autowired
    HeavyWork heavyWork;

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
    void theEstimatePrintsTheShopsAddressPhoneAndRegistrationNumberAsTheLocationSays() {
        Workshop printing = Workshop.open(shops, "http://localhost:" + port, "Registered Print Garage");
        String location = "/api/v1/locations/" + printing.shop.mainLocation();
        Workshop.ok(printing.as(Role.MANAGER)
                .patch(
                        location,
                        Map.of(
                                "address",
                                Map.of("street", "12 Piston Row", "city", "Austin", "postalCode", "78701"),
                                "phone",
                                "+1 512 555 0199",
                                "registrationNumber",
                                "MVR-48213",
                                "version",
                                0)));
        JsonNode order = printing.openOrder(List.of(printing.filterJob()));

        String printed = text(fetch(printing.advisor(), "/repair-orders/" + id(order) + "/estimate.pdf")
                .body());

        assertThat(printed)
                .contains("12 Piston Row, 78701 Austin, TX, US")
                .contains("Phone: +1 512 555 0199")
                .contains("Registration no.: MVR-48213");
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
    void aHugeLogoStoredBeforeUploadsWereCheckedStillPrintsAndOnlyAsASmallImage() {
        Workshop logoShop = Workshop.open(shops, base(), "Huge Logo Print Garage");
        JsonNode logoOrder = logoShop.openOrder(List.of(logoShop.brakeJob()));
        plantLogo(logoShop, DeclaredPngs.black(5000, 5000));

        HttpResponse<byte[]> estimate = fetch(logoShop.advisor(), "/repair-orders/" + id(logoOrder) + "/estimate.pdf");
        HttpResponse<byte[]> workOrder =
                fetch(logoShop.as(Role.TECHNICIAN), "/repair-orders/" + id(logoOrder) + "/work-order.pdf");

        assertThat(estimate.statusCode()).isEqualTo(200);
        assertThat(images(estimate.body())).singleElement().satisfies(size -> {
            assertThat(size[0]).isLessThanOrEqualTo(600);
            assertThat(size[1]).isLessThanOrEqualTo(200);
        });
        assertThat(workOrder.statusCode()).isEqualTo(200);
        assertThat(images(workOrder.body())).as("the bay's copy prints no logo").isEmpty();

        plantLogo(logoShop, DeclaredPngs.headerOnly(20_000, 20_000));
        HttpResponse<byte[]> withoutImage =
                fetch(logoShop.advisor(), "/repair-orders/" + id(logoOrder) + "/estimate.pdf");
        assertThat(withoutImage.statusCode()).isEqualTo(200);
        assertThat(images(withoutImage.body()))
                .as("too many pixels to decode: the name alone")
                .isEmpty();
        assertThat(text(withoutImage.body())).contains("Huge Logo Print Garage");
    }

    @Test
    void aShopHoldingAllItsPrintingPlacesIsAnsweredBusyInTheProblemFormatAndPrintsOnceTheyAreFree() throws Exception {
        Workshop busyShop = Workshop.open(shops, base(), "Busy Print Garage");
        JsonNode busyOrder = busyShop.openOrder(List.of(busyShop.filterJob()));
        TenantId tenant = busyShop.shop.tenant();
        CountDownLatch release = new CountDownLatch(1);
        List<CompletableFuture<Object>> holding = new java.util.ArrayList<>();
        try {
            while (holding.size() < 20 && heavyWork.placesHeldBy(tenant) < 4) {
                holding.add(CompletableFuture.supplyAsync(() -> heavyWork.run(tenant, () -> {
                    release.await();
                    return null;
                })));
                Thread.sleep(50);
            }

            HttpResponse<byte[]> busy = fetch(busyShop.advisor(), "/repair-orders/" + id(busyOrder) + "/estimate.pdf");

            assertThat(busy.statusCode()).isEqualTo(503);
            assertThat(busy.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(busy.headers().firstValue("Retry-After")).isPresent();
            assertThat(new String(busy.body(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("\"type\":\"https://pitwall.app/problems/service-busy\"")
                    .contains("\"status\":503");
            HttpResponse<byte[]> inABrowser = fetch(
                    busyShop.advisor(), "/repair-orders/" + id(busyOrder) + "/estimate.pdf", "text/html,*/*;q=0.8");
            assertThat(inABrowser.statusCode()).isEqualTo(503);
            assertThat(new String(inABrowser.body(), java.nio.charset.StandardCharsets.UTF_8))
                    .as("a browser gets the page that says so")
                    .contains("Busy right now");
        } finally {
            release.countDown();
        }
        CompletableFuture.allOf(holding.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
        assertThat(fetch(busyShop.advisor(), "/repair-orders/" + id(busyOrder) + "/estimate.pdf")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void withoutASessionTheDocumentsAskToSignIn() {
        HttpResponse<byte[]> anonymous = fetch(new ApiClient(base()), "estimate.pdf");

        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElse("")).contains("/session/resume");
    }

    HttpResponse<byte[]> fetch(ApiClient who, String document) {
        return fetch(who, document, null);
    }

    HttpResponse<byte[]> fetch(ApiClient who, String document, String accept) {
        String path = document.startsWith("/") ? document : "/repair-orders/" + id(order) + "/" + document;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path));
        if (accept != null) {
            request.header("Accept", accept);
        }
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

    /** Replaces the shop's logo in the database itself, as a logo stored before uploads were checked would be. */
    void plantLogo(Workshop owner, byte[] png) {
        try (Connection superuser = DriverManager.getConnection(
                        endpoint.url(), "postgres", endpoint.embedded().superuserPassword());
                PreparedStatement update = superuser.prepareStatement(
                        "UPDATE tenant SET logo_image = ?, logo_content_type = 'image/png', logo_changed_at = now()"
                                + " WHERE id = ?")) {
            update.setBytes(1, png);
            update.setObject(2, owner.shop.tenant().value());
            assertThat(update.executeUpdate()).isEqualTo(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Width and height of every image in the document. */
    static List<int[]> images(byte[] pdf) {
        try {
            PdfReader reader = new PdfReader(pdf);
            try {
                List<int[]> sizes = new java.util.ArrayList<>();
                for (int i = 0; i < reader.getXrefSize(); i++) {
                    if (reader.getPdfObject(i) instanceof PRStream stream
                            && PdfName.IMAGE.equals(stream.getAsName(PdfName.SUBTYPE))
                            && !isSoftMask(reader, i)) {
                        sizes.add(new int[] {
                            stream.getAsNumber(PdfName.WIDTH).intValue(),
                            stream.getAsNumber(PdfName.HEIGHT).intValue()
                        });
                    }
                }
                return sizes;
            } finally {
                reader.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether object {@code number} is another image's transparency mask rather than an image of its own. */
    private static boolean isSoftMask(PdfReader reader, int number) {
        for (int i = 0; i < reader.getXrefSize(); i++) {
            if (reader.getPdfObject(i) instanceof PRStream stream
                    && stream.get(PdfName.SMASK) instanceof PRIndirectReference mask
                    && mask.getNumber() == number) {
                return true;
            }
        }
        return false;
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
