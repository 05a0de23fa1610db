package app.pitwall.platform.web;

import static app.pitwall.platform.web.ErrorShapeTest.isAProblem;
import static app.pitwall.platform.web.ErrorShapeTest.isTheErrorPage;
import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.access.Role;
import app.pitwall.support.ApiClient;
import app.pitwall.support.PageClient;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.RawHttp;
import app.pitwall.support.TestShops;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Requests that used to end in a 500 before anyone signed in (#17, finding 6): {@code OPTIONS}, a tampered CSRF
 * token, a NUL character in any input, and more parameters than Tomcat parses. Each is refused with a 4xx in the
 * error shape of its path, and changes nothing.
 */
@PitwallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MalformedRequestTest {

    private static final String HTML = "Accept: text/html";
    private static final String JSON = "Accept: application/json";

    @Autowired
    TestShops shops;

    @LocalServerPort
    int port;

    TestShops.Shop shop;

    @BeforeAll
    void shop() {
        shop = shops.create("Malformed Garage");
    }

    String base() {
        return "http://localhost:" + port;
    }

    ApiClient advisor() {
        return new ApiClient(base()).signIn(shop.email(Role.SERVICE_ADVISOR), TestShops.PASSWORD);
    }

    @Test
    void optionsIsRefusedWith405OnEveryKindOfPath() {
        isAProblem(RawHttp.send(port, "OPTIONS", "/api/v1/customers", List.of(JSON), null), 405, "method-not-allowed");
        isAProblem(RawHttp.send(port, "OPTIONS", "/api/v1/auth/login", List.of(JSON), null), 405, "method-not-allowed");
        isTheErrorPage(RawHttp.send(port, "OPTIONS", "/customers", List.of(HTML), null), 405);
        isTheErrorPage(RawHttp.send(port, "OPTIONS", "/login", List.of(HTML), null), 405);
    }

    @Test
    void aTamperedButWellFormedCsrfTokenIsACsrfRefusalEveryTime() {
        ApiClient advisor = advisor();
        String genuine = advisor.get("/api/v1/auth/csrf").json().get("token").asString();
        int length = Base64.getUrlDecoder().decode(genuine).length;
        SecureRandom random = new SecureRandom();
        List<Integer> statuses = new ArrayList<>();
        List<String> types = new ArrayList<>();

        for (int i = 0; i < 20; i++) {
            byte[] forged = new byte[length];
            random.nextBytes(forged);
            ApiClient.Response answer = advisor.withoutCsrf()
                    .send(
                            "POST",
                            "/api/v1/customers",
                            Map.of("lastName", "Tampered"),
                            Map.of("X-CSRF-TOKEN", Base64.getUrlEncoder().encodeToString(forged)));
            statuses.add(answer.status());
            types.add(answer.json().get("type").asString());
        }

        assertThat(statuses).containsOnly(403);
        assertThat(types).containsOnly("https://pitwall.app/problems/csrf");
        assertThat(advisor().get("/api/v1/customers?q=Tampered").json().get("items"))
                .isEmpty();
    }

    @Test
    void aNulCharacterInAQueryIsRefusedBeforeItReachesTheDatabase() {
        ApiClient advisor = advisor();

        ApiClient.Response api = advisor.get("/api/v1/customers?q=a%00");
        PageClient pages = new PageClient(base()).signIn(shop.email(Role.SERVICE_ADVISOR), TestShops.PASSWORD);
        PageClient.Answer page = pages.get("/customers?q=a%00");

        assertThat(api.status()).as(api.body()).isEqualTo(400);
        assertThat(api.header("content-type")).startsWith("application/problem+json");
        assertThat(api.json().get("fields").has("q")).isTrue();
        assertThat(page.status()).as(page.body()).isEqualTo(400);
        assertThat(page.body()).contains("class=\"status-code\"");
        isAProblem(RawHttp.get(port, "/api/v1/auth/csrf?x=%00", JSON), 400, "invalid-input");
    }

    @Test
    void aNulCharacterInAJsonFieldIsRefusedNamingTheField() {
        ApiClient advisor = advisor();

        ApiClient.Response created = advisor.post("/api/v1/customers", "{\"lastName\": \"Nul\\u0000son\"}");

        assertThat(created.status()).as(created.body()).isEqualTo(400);
        assertThat(created.json().get("fields").has("lastName")).isTrue();
        assertThat(advisor.get("/api/v1/customers?q=Nul").json().get("items")).isEmpty();
    }

    @Test
    void aNulCharacterInAFormFieldIsRefused() {
        PageClient pages = new PageClient(base()).signIn(shop.email(Role.SERVICE_ADVISOR), TestShops.PASSWORD);

        PageClient.Answer answer = pages.post("/customers/new", "lastName", "Nul\u0000form");

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.header("content-type")).startsWith("text/html");
        assertThat(advisor().get("/api/v1/customers?q=Nul").json().get("items")).isEmpty();
    }

    @Test
    void moreThanAThousandParametersAreRefusedWith400() {
        String many = IntStream.range(0, 1_200).mapToObj(i -> "p" + i + "=1").collect(Collectors.joining("&"));

        isAProblem(RawHttp.get(port, "/api/v1/auth/csrf?" + many, JSON), 400, "invalid-input");
        isTheErrorPage(RawHttp.get(port, "/login?" + many, HTML), 400);
        isAProblem(
                RawHttp.send(
                        port, "POST", "/login", List.of(JSON, "Content-Type: application/x-www-form-urlencoded"), many),
                400,
                "invalid-input");
    }
}
