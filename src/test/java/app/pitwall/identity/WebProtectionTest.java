package app.pitwall.identity;

import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.access.Role;
import app.pitwall.support.ApiClient;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.TestShops;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * CSRF and origin checks on cookie-authenticated changes (refused with nothing changed), header
 * authentication without them, the security headers on every kind of answer, and security.txt.
 */
@PitwallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebProtectionTest {

    @Autowired
    TestShops shops;

    @LocalServerPort
    int port;

    TestShops.Shop shop;

    @BeforeAll
    void shop() {
        shop = shops.create("Protected Garage");
    }

    String base() {
        return "http://localhost:" + port;
    }

    ApiClient client() {
        return new ApiClient(base());
    }

    ApiClient owner() {
        return client().signIn(shop.email(Role.OWNER), TestShops.PASSWORD);
    }

    int customersNamed(ApiClient reader, String name) {
        return reader.get("/api/v1/customers?q=" + name).json().get("items").size();
    }

    @Test
    void aChangeWithoutACsrfTokenIsRefusedAndChangesNothing() {
        ApiClient owner = owner();
        ApiClient forger = client().withoutCsrf();
        forger.cookies().putAll(owner.cookies());

        ApiClient.Response response = forger.post("/api/v1/customers", Map.of("lastName", "Forgedwithout"));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.header("content-type")).contains("application/problem+json");
        assertThat(customersNamed(owner, "Forgedwithout")).isZero();
    }

    @Test
    void aChangeWithAWrongCsrfTokenIsRefusedAndChangesNothing() {
        ApiClient owner = owner();
        ApiClient forger = client().withoutCsrf();
        forger.cookies().putAll(owner.cookies());

        ApiClient.Response response = forger.send(
                "POST",
                "/api/v1/customers",
                Map.of("lastName", "Forgedwrong"),
                Map.of("X-CSRF-TOKEN", "guessed-token"));

        assertThat(response.status()).isEqualTo(403);
        assertThat(customersNamed(owner, "Forgedwrong")).isZero();
    }

    @Test
    void aChangeFromAnotherOriginIsRefusedEvenWithAValidToken() {
        ApiClient owner = owner();

        ApiClient.Response foreign = owner.send(
                "POST",
                "/api/v1/customers",
                Map.of("lastName", "Crossorigin"),
                Map.of("Origin", "https://evil.example"));
        ApiClient.Response crossSite = owner.send(
                "POST", "/api/v1/customers", Map.of("lastName", "Crossorigin"), Map.of("Sec-Fetch-Site", "cross-site"));

        assertThat(foreign.status()).isEqualTo(403);
        assertThat(crossSite.status()).isEqualTo(403);
        assertThat(customersNamed(owner, "Crossorigin")).isZero();
        assertThat(owner.send("POST", "/api/v1/customers", Map.of("lastName", "Sameorigin"), Map.of("Origin", base()))
                        .status())
                .isEqualTo(201);
    }

    @Test
    void aBearerTokenNeedsNoCsrfTokenButABearerWithTheSessionCookieDoes() {
        ApiClient owner = owner();
        String token = owner.post(
                        "/api/v1/api-tokens",
                        Map.of("name", "CSRF probe", "permissions", List.of("customers:read", "customers:write")))
                .json()
                .get("token")
                .asString();
        Map<String, String> bearer = Map.of("Authorization", "Bearer " + token);

        ApiClient.Response byHeader =
                client().withoutCsrf().send("POST", "/api/v1/customers", Map.of("lastName", "Bearerly"), bearer);
        ApiClient mixed = client().withoutCsrf();
        mixed.cookies().putAll(owner.cookies());
        ApiClient.Response withCookie = mixed.send("POST", "/api/v1/customers", Map.of("lastName", "Mixedup"), bearer);

        assertThat(byHeader.status()).isEqualTo(201);
        assertThat(withCookie.status()).isEqualTo(403);
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        ApiClient owner = owner();
        List<ApiClient.Response> answers = List.of(
                owner.get("/api/v1/me"),
                owner.get("/api/v1/customers/00000000-0000-0000-0000-000000000000"),
                client().get("/api/v1/me"),
                owner.post("/api/v1/customers", "{not json"),
                client().get("/no/such/page"),
                client().get("/v3/api-docs"),
                client().get("/.well-known/security.txt"),
                client().get("/webjars/htmx.org/dist/htmx.min.js"),
                client().get("/actuator/health"));
        assertThat(answers.stream().map(ApiClient.Response::status)).contains(200, 400, 401, 404);

        assertThat(answers).allSatisfy(answer -> {
            String csp = answer.header("content-security-policy");
            assertThat(csp)
                    .contains("default-src 'none'", "frame-ancestors 'none'", "base-uri 'none'", "object-src 'none'")
                    .doesNotContain("unsafe-inline", "unsafe-eval");
            assertThat(answer.header("strict-transport-security")).isEqualTo("max-age=31536000 ; includeSubDomains");
            assertThat(answer.header("x-content-type-options")).isEqualTo("nosniff");
            assertThat(answer.header("referrer-policy")).isEqualTo("same-origin");
            assertThat(answer.header("x-frame-options")).isEqualTo("DENY");
        });
        assertThat(answers)
                .as("everything but static files is never stored; static files are revalidated on every use")
                .allSatisfy(answer -> assertThat(answer.header("cache-control"))
                        .matches(
                                value -> value.contains("no-store") || value.equals("no-cache"),
                                "no-store or no-cache"));
        assertThat(answers.stream()
                        .filter(answer -> !"text/javascript".equals(answer.header("content-type")))
                        .map(answer -> answer.header("cache-control")))
                .allSatisfy(value -> assertThat(value).contains("no-store"));
    }

    @Test
    void securityTxtNamesTheOperatorsContactAndExpires() {
        ApiClient.Response response = client().get("/.well-known/security.txt");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("content-type")).startsWith("text/plain");
        assertThat(response.body()).contains("Contact: mailto:").containsPattern("Expires: \\d{4}-\\d\\d-\\d\\dT");
    }
}
