package app.pitwall.identity;

import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.access.Role;
import app.pitwall.support.ApiClient;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.RawHttp;
import app.pitwall.support.TestShops;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An API token works on the JSON API and nowhere else (#17, finding 2): not on the signed-in pages, where it could
 * list its owner's sessions or sign them out everywhere without a CSRF token, not on {@code /logout}, and not on
 * any identity action. The owner's sessions survive every attempt.
 */
@PitwallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiTokenReachTest {

    @Autowired
    TestShops shops;

    @LocalServerPort
    int port;

    TestShops.Shop shop;
    ApiClient owner;
    String token;

    @BeforeAll
    void ownerWithAToken() {
        shop = shops.create("Reach Motors");
        owner = client().signIn(shop.email(Role.OWNER), TestShops.PASSWORD);
        token = owner.post(
                        "/api/v1/api-tokens",
                        Map.of(
                                "name",
                                "Everything it may",
                                "permissions",
                                List.of("customers:read", "customers:write", "audit:read")))
                .json()
                .get("token")
                .asString();
    }

    ApiClient client() {
        return new ApiClient("http://localhost:" + port);
    }

    RawHttp.Answer withToken(String method, String path, String... headers) {
        List<String> all = new java.util.ArrayList<>(List.of("Authorization: Bearer " + token));
        all.addAll(List.of(headers));
        return RawHttp.send(port, method, path, all, "POST".equals(method) ? "" : null);
    }

    @Test
    void theSignedInPagesRefuseAToken() {
        for (String page : List.of("/account/sessions", "/account/security", "/customers", "/sessions", "/logout")) {
            RawHttp.Answer answer = withToken("GET", page, "Accept: text/html");

            assertThat(answer.status()).as(page).isEqualTo(403);
            assertThat(answer.body()).as(page).doesNotContain(shop.email(Role.OWNER));
        }
    }

    @Test
    void aTokenCannotSignItsOwnerOutEverywhereNorAtAll() {
        int before = owner.get("/api/v1/me/sessions").json().get("items").size();

        RawHttp.Answer everywhere = withToken("POST", "/account/sessions/end-all", "Accept: text/html");
        RawHttp.Answer logout = withToken("POST", "/logout", "Accept: text/html");
        RawHttp.Answer apiLogout = withToken("POST", "/api/v1/auth/logout-everywhere", "Accept: application/json");

        assertThat(List.of(everywhere.status(), logout.status(), apiLogout.status()))
                .containsOnly(403);
        ApiClient.Response stillSignedIn = owner.get("/api/v1/me/sessions");
        assertThat(stillSignedIn.status()).isEqualTo(200);
        assertThat(stillSignedIn.json().get("items").size()).isEqualTo(before);
    }

    @Test
    void everyIdentityActionRefusesAToken() {
        for (String path : List.of(
                "/api/v1/me",
                "/api/v1/me/sessions",
                "/api/v1/sessions",
                "/api/v1/users",
                "/api/v1/api-tokens",
                "/api/v1/invitations")) {
            RawHttp.Answer answer = withToken("GET", path, "Accept: application/json");

            assertThat(answer.status()).as(path).isEqualTo(403);
            assertThat(answer.header("content-type")).as(path).startsWith("application/problem+json");
        }
        for (String form : List.of("/account/email", "/account/password", "/account/security/off", "/users/x/role")) {
            assertThat(withToken("POST", form, "Accept: text/html").status())
                    .as(form)
                    .isEqualTo(403);
        }
    }

    @Test
    void theJsonApiStillTakesTheToken() {
        RawHttp.Answer customers = withToken("GET", "/api/v1/customers", "Accept: application/json");

        assertThat(customers.status()).isEqualTo(200);
    }
}
