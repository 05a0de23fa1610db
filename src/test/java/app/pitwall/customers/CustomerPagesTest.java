package app.pitwall.customers;

import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.access.Role;
import app.pitwall.support.ApiClient;
import app.pitwall.support.PageClient;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.TestShops;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The customer and vehicle pages over plain HTTP: who sees what, what is refused and how, and that refused or stale
 * forms change nothing and keep the input.
 */
@PitwallIntegrationTest
class CustomerPagesTest {

    @Autowired
    TestShops shops;

    @LocalServerPort
    int port;

    TestShops.Shop shop;
    String customerId;

    @BeforeEach
    void registerACustomer() {
        shop = shops.create("Pages Garage");
        customerId = advisorApi()
                .post(
                        "/api/v1/customers",
                        Map.of(
                                "firstName", "Mia",
                                "lastName", "Novak",
                                "emails", List.of("mia.novak@example.com"),
                                "phones", List.of("(555) 010-4477"),
                                "notes", "Allergic to air fresheners"))
                .json()
                .get("id")
                .asString();
    }

    @Test
    void aTechnicianSeesCustomersByNameButNotHowToReachThem() {
        PageClient technician = signedIn(shop.email(Role.TECHNICIAN));

        PageClient.Answer detail = technician.get("/customers/" + customerId);
        PageClient.Answer list = technician.get("/customers");

        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.body()).contains("Novak, Mia").doesNotContain("mia.novak", "010-4477", "air fresheners");
        assertThat(list.body()).contains("Novak, Mia").doesNotContain("mia.novak", "010-4477");
        assertThat(detail.body()).doesNotContain("/customers/" + customerId + "/edit");
    }

    @Test
    void aViewerIsShownAForbiddenPageForTheForms() {
        PageClient viewer = signedIn(shop.email(Role.VIEWER));

        PageClient.Answer form = viewer.get("/customers/new");
        PageClient.Answer post = viewer.post("/customers/new", "firstName", "Sneaky", "lastName", "Entry");

        assertThat(form.status()).isEqualTo(403);
        assertThat(form.header("Content-Type")).startsWith("text/html");
        assertThat(form.body()).contains("Not available to your role");
        assertThat(post.status()).isEqualTo(403);
        assertThat(advisorApi().get("/api/v1/customers?q=Sneaky").json().get("items"))
                .isEmpty();
    }

    @Test
    void anotherTenantsCustomerIsNotFoundOnEveryPage() {
        TestShops.Shop other = shops.create("Other Garage");
        PageClient stranger = signedIn(other.email(Role.OWNER));

        assertThat(stranger.get("/customers/" + customerId).status()).isEqualTo(404);
        assertThat(stranger.get("/customers/" + customerId + "/edit").status()).isEqualTo(404);
        assertThat(stranger.get("/customers/" + customerId + "/vehicles/new").status())
                .isEqualTo(404);
        assertThat(stranger.post("/customers/" + customerId + "/delete").status())
                .isEqualTo(404);
        assertThat(stranger.get("/customers?q=Novak").body()).doesNotContain("Novak, Mia");
        assertThat(advisorApi().get("/api/v1/customers/" + customerId).status()).isEqualTo(200);
    }

    @Test
    void aPageWithoutASessionRedirectsToResumeItAndAnHtmxRequestIsToldWhereToGo() {
        PageClient anonymous = new PageClient(baseUrl());

        PageClient.Answer page = anonymous.get("/customers?q=nov");
        PageClient.Answer htmx = anonymous.get(
                "/customers?q=nov", "HX-Request", "true", "HX-Current-URL", baseUrl() + "/customers?q=no");

        assertThat(page.status()).isEqualTo(302);
        assertThat(page.header("Location")).endsWith("/session/resume?next=%2Fcustomers%3Fq%3Dnov");
        assertThat(htmx.status()).isEqualTo(401);
        assertThat(htmx.header("HX-Redirect")).isEqualTo("/session/resume?next=%2Fcustomers%3Fq%3Dno");
    }

    @Test
    void theSearchBoxGetsOnlyTheResultsWhenHtmxAsks() {
        PageClient advisor = signedIn(shop.email(Role.SERVICE_ADVISOR));

        PageClient.Answer results = advisor.get("/customers?q=novak", "HX-Request", "true");

        assertThat(results.status()).isEqualTo(200);
        assertThat(results.body().strip()).startsWith("<div id=\"customer-results\"");
        assertThat(results.body()).contains("Novak, Mia").doesNotContain("<html", "<header");
    }

    @Test
    void aLongListIsPagedWithANextPageLinkThatCarriesTheSearch() {
        ApiClient api = advisorApi();
        for (int i = 1; i <= 27; i++) {
            api.post("/api/v1/customers", Map.of("firstName", "Pat", "lastName", String.format("Pager%02d", i)));
        }
        PageClient advisor = signedIn(shop.email(Role.SERVICE_ADVISOR));

        PageClient.Answer first = advisor.get("/customers?q=pager");
        java.util.regex.Matcher next = java.util.regex.Pattern.compile(
                        "href=\"(/customers\\?q=pager&amp;cursor=[^\"]+)\"")
                .matcher(first.body());
        assertThat(next.find()).as("a next-page link").isTrue();
        PageClient.Answer second = advisor.get(next.group(1).replace("&amp;", "&"));

        assertThat(first.body()).contains("Pager01, Pat", "Pager25, Pat").doesNotContain("Pager26, Pat");
        assertThat(second.body())
                .contains("Pager26, Pat", "Pager27, Pat", "First page")
                .doesNotContain("Pager25, Pat", "Next page");
    }

    @Test
    void aStaleSaveChangesNothingSaysSoAndKeepsTheInput() {
        PageClient advisor = signedIn(shop.email(Role.SERVICE_ADVISOR));
        advisorApi().patch("/api/v1/customers/" + customerId, Map.of("lastName", "Novak-Hale", "version", 0));

        PageClient.Answer stale = advisor.post(
                "/customers/" + customerId + "/edit",
                "version",
                "0",
                "kind",
                "PERSON",
                "firstName",
                "Mia",
                "lastName",
                "Novakova",
                "emails",
                "mia.novak@example.com",
                "emails",
                "",
                "phones",
                "(555) 010-4477");

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body())
                .contains("Someone else changed this record")
                .contains("value=\"Novakova\"")
                .contains("name=\"version\" value=\"1\"");
        assertThat(advisorApi()
                        .get("/api/v1/customers/" + customerId)
                        .json()
                        .get("lastName")
                        .asString())
                .isEqualTo("Novak-Hale");
    }

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefusedAndChangesNothing() {
        PageClient advisor = signedIn(shop.email(Role.SERVICE_ADVISOR));

        PageClient.Answer refused = advisor.postWithout(
                "/customers/" + customerId + "/edit", "version", "0", "kind", "PERSON", "lastName", "Forged");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(advisorApi()
                        .get("/api/v1/customers/" + customerId)
                        .json()
                        .get("lastName")
                        .asString())
                .isEqualTo("Novak");
    }

    @Test
    void anAdvisorLimitedToOneLocationCannotRegisterACustomerAtAnother() {
        PageClient limited = signedIn(shop.limitedAdvisorEmail());

        PageClient.Answer form = limited.get("/customers/new");
        PageClient.Answer refused = limited.post(
                "/customers/new",
                "kind",
                "PERSON",
                "lastName",
                "Elsewhere",
                "locationId",
                shop.mainLocation().toString());

        assertThat(form.body())
                .contains(shop.otherLocation().toString())
                .doesNotContain(shop.mainLocation().toString());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("Location: No such location").contains("value=\"Elsewhere\"");
        assertThat(advisorApi().get("/api/v1/customers?q=Elsewhere").json().get("items"))
                .isEmpty();
    }

    @Test
    void aVehicleWithAWrongCheckDigitIsRefusedAtTheVinAndTheInputKept() {
        PageClient advisor = signedIn(shop.email(Role.SERVICE_ADVISOR));

        PageClient.Answer refused = advisor.post(
                "/customers/" + customerId + "/vehicles/new",
                "vin",
                "1HGCM82633A004353",
                "plate",
                "MIA 77",
                "year",
                "2003",
                "odometer",
                "120500",
                "odometerUnit",
                "MI");
        PageClient.Answer check = advisor.get("/vehicles/vin-check?vin=1HGCM82633A004353", "HX-Request", "true");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body())
                .contains("id=\"vin-error\"")
                .contains("check digit")
                .contains("value=\"1HGCM82633A004353\"")
                .contains("value=\"MIA 77\"")
                .contains("value=\"120500\"");
        assertThat(check.body()).contains("Not accepted").contains("check digit");
        assertThat(advisorApi()
                        .get("/api/v1/vehicles?customerId=" + customerId)
                        .json()
                        .get("items"))
                .isEmpty();
    }

    @Test
    void aCustomerIsDeletedOnlyAfterTheirVehiclesAndOnlyByConfirmingWithAPost() {
        String vehicleId = advisorApi()
                .post("/api/v1/vehicles", Map.of("customerId", customerId, "vin", "SALLAAA14YA123456"))
                .json()
                .get("id")
                .asString();
        PageClient manager = signedIn(shop.email(Role.MANAGER));

        PageClient.Answer confirm = manager.get("/customers/" + customerId + "/delete");
        PageClient.Answer refused = manager.post("/customers/" + customerId + "/delete");
        PageClient.Answer vehicleGone = manager.post("/vehicles/" + vehicleId + "/delete");
        PageClient.Answer customerGone = manager.post("/customers/" + customerId + "/delete");

        assertThat(confirm.status()).isEqualTo(200);
        assertThat(confirm.body()).contains("still has vehicles");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(vehicleGone.status()).isEqualTo(302);
        assertThat(vehicleGone.header("Location")).endsWith("/customers/" + customerId + "?notice=vehicle-deleted");
        assertThat(customerGone.status()).isEqualTo(302);
        assertThat(customerGone.header("Location")).endsWith("/customers?notice=customer-deleted");
        assertThat(manager.get("/customers/" + customerId).status()).isEqualTo(404);
    }

    @Test
    void anUnknownPageIsAFriendlyNotFoundPageWithTheSecurityHeaders() {
        PageClient advisor = signedIn(shop.email(Role.SERVICE_ADVISOR));

        for (PageClient.Answer missing : List.of(
                advisor.get("/no-such-page"),
                advisor.get("/customers/not-a-uuid"),
                new PageClient(baseUrl()).get("/no-such-page"))) {
            assertThat(missing.status()).isEqualTo(404);
            assertThat(missing.header("Content-Type")).startsWith("text/html");
            assertThat(missing.header("Content-Security-Policy")).contains("script-src 'self'");
            assertThat(missing.body()).contains("Not found").doesNotContain("Exception", "at app.pitwall");
        }
    }

    private PageClient signedIn(String email) {
        return new PageClient(baseUrl()).signIn(email, TestShops.PASSWORD);
    }

    private ApiClient advisorApi() {
        return new ApiClient(baseUrl()).signIn(shop.email(Role.SERVICE_ADVISOR), TestShops.PASSWORD);
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
