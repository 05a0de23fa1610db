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
 * API tokens authenticate integrations by header with exactly their permissions and locations, need
 * no CSRF token, never reach identity endpoints, and stop working when revoked.
 */
@PitwallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiTokenTest {

    @Autowired
    TestShops shops;

    @LocalServerPort
    int port;

    TestShops.Shop shop;
    ApiClient owner;

    @BeforeAll
    void shop() {
        shop = shops.create("Integration Motors");
        owner = client().signIn(shop.email(Role.OWNER), TestShops.PASSWORD);
    }

    ApiClient client() {
        return new ApiClient("http://localhost:" + port);
    }

    ApiClient.Response withToken(String method, String path, Object body, String token) {
        return client().withoutCsrf().send(method, path, body, Map.of("Authorization", "Bearer " + token));
    }

    String create(List<String> permissions, List<?> locations) {
        ApiClient.Response created = owner.post(
                "/api/v1/api-tokens",
                Map.of("name", "Parts sync", "permissions", permissions, "locationIds", locations));
        assertThat(created.status()).isEqualTo(201);
        return created.json().get("token").asString();
    }

    @Test
    void aTokenIsShownOnceAndNeverListed() {
        String token = create(List.of("customers:read"), List.of());

        assertThat(token).startsWith("pwt_" + shop.tenant() + ".");
        assertThat(token.length()).isGreaterThanOrEqualTo(4 + 36 + 1 + 43);
        String listed = owner.get("/api/v1/api-tokens").body();
        assertThat(listed).contains("Parts sync").doesNotContain(token).doesNotContain(token.substring(41));
    }

    @Test
    void aTokenDoesExactlyWhatItsPermissionsAllowWithoutCsrf() {
        String token = create(List.of("customers:read", "customers:write"), List.of());

        ApiClient.Response created = withToken("POST", "/api/v1/customers", Map.of("lastName", "Tokenson"), token);
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(withToken("GET", "/api/v1/customers/" + id, null, token).status())
                .isEqualTo(200);
        assertThat(withToken("DELETE", "/api/v1/customers/" + id, null, token).status())
                .isEqualTo(403);
    }

    @Test
    void aTokenLimitedToALocationSeesNothingElsewhere() {
        String id = owner.post(
                        "/api/v1/customers",
                        Map.of(
                                "lastName",
                                "Mainstreet",
                                "locationId",
                                shop.mainLocation().toString()))
                .json()
                .get("id")
                .asString();
        String token = create(List.of("customers:read"), List.of(shop.otherLocation()));

        assertThat(withToken("GET", "/api/v1/customers/" + id, null, token).status())
                .isEqualTo(404);
        assertThat(withToken("GET", "/api/v1/customers?q=Mainstreet", null, token)
                        .body())
                .doesNotContain("Mainstreet");
    }

    @Test
    void aTokenCannotReachIdentityEndpoints() {
        String token = create(List.of("customers:read"), List.of());

        for (String path : List.of(
                "/api/v1/me",
                "/api/v1/me/sessions",
                "/api/v1/users",
                "/api/v1/api-tokens",
                "/api/v1/invitations",
                "/api/v1/sessions")) {
            assertThat(withToken("GET", path, null, token).status()).as(path).isEqualTo(403);
        }
        assertThat(withToken("POST", "/api/v1/auth/logout", null, token).status())
                .isEqualTo(403);
        assertThat(withToken(
                                "POST",
                                "/api/v1/api-tokens",
                                Map.of("name", "x", "permissions", List.of("customers:read")),
                                token)
                        .status())
                .isEqualTo(403);
    }

    @Test
    void aRevokedOrUnknownTokenIsUnauthenticated() {
        String token = create(List.of("customers:read"), List.of());
        String id = owner.get("/api/v1/api-tokens")
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asString();
        assertThat(withToken("GET", "/api/v1/customers", null, token).status()).isEqualTo(200);

        assertThat(owner.delete("/api/v1/api-tokens/" + id).status()).isEqualTo(204);

        assertThat(withToken("GET", "/api/v1/customers", null, token).status()).isEqualTo(401);
        assertThat(withToken("GET", "/api/v1/customers", null, token.substring(0, token.length() - 2) + "AA")
                        .status())
                .isEqualTo(401);
        assertThat(withToken("GET", "/api/v1/customers", null, "not-a-token").status())
                .isEqualTo(401);
    }

    @Test
    void onlyOwnersCreateTokensAndPeopleOnlyPermissionsAreRefused() {
        ApiClient manager = client().signIn(shop.email(Role.MANAGER), TestShops.PASSWORD);

        assertThat(manager.post("/api/v1/api-tokens", Map.of("name", "x", "permissions", List.of("customers:read")))
                        .status())
                .isEqualTo(403);
        ApiClient.Response peopleOnly =
                owner.post("/api/v1/api-tokens", Map.of("name", "x", "permissions", List.of("users:manage")));
        assertThat(peopleOnly.status()).isEqualTo(400);
        assertThat(peopleOnly.json().get("fields").has("permissions")).isTrue();
        assertThat(owner.post("/api/v1/api-tokens", Map.of("name", "x", "permissions", List.of("made:up")))
                        .status())
                .isEqualTo(400);
        assertThat(owner.post(
                                "/api/v1/api-tokens",
                                Map.of(
                                        "name",
                                        "x",
                                        "permissions",
                                        List.of("customers:read"),
                                        "expiresAt",
                                        "2001-01-01T00:00:00Z"))
                        .status())
                .isEqualTo(400);
    }
}
