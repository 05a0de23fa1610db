package app.pitwall.identity;

import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.access.Role;
import app.pitwall.support.ApiClient;
import app.pitwall.support.MutableClock;
import app.pitwall.support.ResetLinks;
import app.pitwall.support.SimulatedInstallationTest;
import app.pitwall.support.TestShops;
import app.pitwall.support.UndeclaredProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a single-business installation with a moving clock shows: invitations, reset links and API
 * tokens expire; sign-up can be switched off; an undeclared handler is refused.
 */
@SimulatedInstallationTest
class ExpiryTest {

    static final String PASSWORD = "timing belt snapped at dawn";

    @Autowired
    TestShops shops;

    @Autowired
    MutableClock clock;

    @LocalServerPort
    int port;

    ApiClient client() {
        return new ApiClient("http://localhost:" + port);
    }

    @Test
    void anInvitationExpiresAfterSeventyTwoHours() {
        TestShops.Shop shop = shops.create("Slow Reply Garage");
        ApiClient owner = client().signIn(shop.email(Role.OWNER), TestShops.PASSWORD);
        String url = owner.post(
                        "/api/v1/invitations",
                        Map.of("email", "late-" + UUID.randomUUID() + "@staff.example", "role", "viewer"))
                .json()
                .get("acceptUrl")
                .asString();
        String token = url.substring(url.indexOf("token=") + 6);
        Instant sent = clock.instant();
        assertThat(Instant.parse(owner.get("/api/v1/invitations")
                        .json()
                        .get("items")
                        .get(0)
                        .get("expiresAt")
                        .asString()))
                .isEqualTo(sent.plus(Duration.ofHours(72)));

        clock.advance(Duration.ofHours(72));

        assertThat(client().post(
                                "/api/v1/invitations/accept",
                                Map.of("token", token, "name", "Late", "password", PASSWORD))
                        .status())
                .isEqualTo(400);
        assertThat(owner.post("/api/v1/auth/refresh", null).status()).isEqualTo(401);
    }

    @Test
    void aResetLinkExpiresAfterThirtyMinutes() {
        TestShops.Shop shop = shops.create("Slow Reset Garage");
        String token;
        try (ResetLinks links = new ResetLinks()) {
            client().post("/api/v1/auth/password-reset", Map.of("email", shop.email(Role.VIEWER)));
            token = links.latestToken();
        }
        clock.advance(Duration.ofMinutes(30));

        assertThat(client().post("/api/v1/auth/password-reset/confirm", Map.of("token", token, "newPassword", PASSWORD))
                        .status())
                .isEqualTo(400);
        client().signIn(shop.email(Role.VIEWER), TestShops.PASSWORD);
    }

    @Test
    void anApiTokenStopsAtItsExpiry() {
        TestShops.Shop shop = shops.create("Expiring Token Garage");
        ApiClient owner = client().signIn(shop.email(Role.OWNER), TestShops.PASSWORD);
        Instant expiry = clock.instant().plus(Duration.ofDays(1));
        String token = owner.post(
                        "/api/v1/api-tokens",
                        Map.of(
                                "name",
                                "Nightly",
                                "permissions",
                                List.of("customers:read"),
                                "expiresAt",
                                expiry.toString()))
                .json()
                .get("token")
                .asString();
        Map<String, String> bearer = Map.of("Authorization", "Bearer " + token);
        assertThat(client().send("GET", "/api/v1/customers", null, bearer).status())
                .isEqualTo(200);

        clock.advance(Duration.ofDays(1));

        assertThat(client().send("GET", "/api/v1/customers", null, bearer).status())
                .isEqualTo(401);
    }

    @Test
    void signUpSwitchedOffIsRefusedWithAClearProblem() {
        ApiClient.Response response = client().post(
                        "/api/v1/signup",
                        Map.of(
                                "businessName",
                                "Too Late Motors",
                                "name",
                                "Tim",
                                "email",
                                "tim-" + UUID.randomUUID() + "@x.example",
                                "password",
                                PASSWORD));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().get("detail").asString()).contains("Sign-up is switched off");
    }

    @Test
    void aHandlerWithoutADeclarationIsRefusedEvenToAnOwner() {
        ApiClient owner = client().signIn(shops.create("Probe Garage").email(Role.OWNER), TestShops.PASSWORD);

        assertThat(client().get(UndeclaredProbe.PATH).status()).isEqualTo(403);
        ApiClient.Response read = owner.get(UndeclaredProbe.PATH);
        ApiClient.Response write = owner.post(UndeclaredProbe.PATH, Map.of());
        assertThat(read.status()).isEqualTo(403);
        assertThat(write.status()).isEqualTo(403);
        assertThat(read.body() + write.body()).doesNotContain("should never be served");
    }
}
