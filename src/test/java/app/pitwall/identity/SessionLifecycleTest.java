package app.pitwall.identity;

import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.access.Role;
import app.pitwall.support.ApiClient;
import app.pitwall.support.MutableClock;
import app.pitwall.support.SimulatedInstallationTest;
import app.pitwall.support.TestShops;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Sessions over time, with the clock moved by hand: rotation, replay, grace for two tabs, idle and
 * absolute expiry, sign-out, and revocation that reaches every instance within the revocation check.
 * Absolute lifetime is 2 hours in this installation.
 */
@SimulatedInstallationTest
@ExtendWith(OutputCaptureExtension.class)
class SessionLifecycleTest {

    static final Duration PAST_REVOCATION_CHECK = Duration.ofSeconds(3);
    static final Duration PAST_GRACE = Duration.ofSeconds(6);

    @Autowired
    TestShops shops;

    @Autowired
    MutableClock clock;

    @LocalServerPort
    int port;

    ApiClient client() {
        return new ApiClient("http://localhost:" + port);
    }

    ApiClient signedIn() {
        return client().signIn(shops.create("Clockwork Garage").email(Role.SERVICE_ADVISOR), TestShops.PASSWORD);
    }

    /** A second client holding copies of the given client's cookies, like a stolen or duplicated tab. */
    ApiClient copyOf(ApiClient original) {
        ApiClient copy = client();
        copy.cookies().putAll(original.cookies());
        return copy;
    }

    @Test
    void refreshRotatesTheTokenAndNeitherTokenAppearsInBodiesOrLogs(CapturedOutput output) {
        ApiClient client = client();
        ApiClient.Response login = client.post(
                "/api/v1/auth/login",
                Map.of("email", shops.create("Quiet Garage").email(Role.VIEWER), "password", TestShops.PASSWORD));
        String access = client.cookies().get("__Host-pitwall-access");
        String refresh = client.cookies().get("__Secure-pitwall-refresh");

        ApiClient.Response refreshed = client.post("/api/v1/auth/refresh", null);

        assertThat(refreshed.status()).isEqualTo(200);
        String successor = client.cookies().get("__Secure-pitwall-refresh");
        assertThat(successor).isNotEqualTo(refresh);
        for (String secret :
                List.of(access, refresh, successor, client.cookies().get("__Host-pitwall-access"))) {
            assertThat(login.body()).doesNotContain(secret);
            assertThat(refreshed.body()).doesNotContain(secret);
            assertThat(output.getAll()).doesNotContain(secret);
        }
        assertThat(login.header("location")).isNull();
    }

    @Test
    void replayingASpentRefreshTokenRevokesTheWholeFamilyOnEveryInstance() {
        ApiClient victim = signedIn();
        ApiClient thief = copyOf(victim);
        assertThat(victim.post("/api/v1/auth/refresh", null).status()).isEqualTo(200);
        ApiClient successorHolder = copyOf(victim);
        assertThat(successorHolder.get("/api/v1/me").status()).isEqualTo(200);
        clock.advance(PAST_GRACE);

        assertThat(thief.post("/api/v1/auth/refresh", null).status()).isEqualTo(401);

        assertThat(successorHolder.post("/api/v1/auth/refresh", null).status()).isEqualTo(401);
        clock.advance(PAST_REVOCATION_CHECK);
        assertThat(victim.get("/api/v1/me").status())
                .as("the family's access credential, once another instance's cache has expired")
                .isEqualTo(401);
    }

    @Test
    void twoTabsRefreshingAtOnceGetTheSameSuccessor() {
        ApiClient first = signedIn();
        ApiClient second = copyOf(first);

        assertThat(first.post("/api/v1/auth/refresh", null).status()).isEqualTo(200);
        assertThat(second.post("/api/v1/auth/refresh", null).status()).isEqualTo(200);

        assertThat(second.cookies().get("__Secure-pitwall-refresh"))
                .isEqualTo(first.cookies().get("__Secure-pitwall-refresh"));
        assertThat(first.post("/api/v1/auth/refresh", null).status()).isEqualTo(200);
    }

    @Test
    void aSessionDiesAfterItsIdleTimeout() {
        ApiClient client = signedIn();
        clock.advance(Duration.ofMinutes(29));
        assertThat(client.post("/api/v1/auth/refresh", null).status()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(31));

        assertThat(client.post("/api/v1/auth/refresh", null).status()).isEqualTo(401);
        assertThat(client.get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void aSessionDiesAtItsAbsoluteLifetimeHoweverActive() {
        ApiClient client = signedIn();
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofMinutes(20));
            assertThat(client.post("/api/v1/auth/refresh", null).status())
                    .as("refresh %d", i)
                    .isEqualTo(200);
        }
        clock.advance(Duration.ofMinutes(21));

        assertThat(client.post("/api/v1/auth/refresh", null).status()).isEqualTo(401);
    }

    @Test
    void theAccessCredentialExpiresOnItsOwnAfterTenMinutes() {
        ApiClient client = signedIn();
        clock.advance(Duration.ofMinutes(10));

        assertThat(client.get("/api/v1/me").status()).isEqualTo(401);
        assertThat(client.post("/api/v1/auth/refresh", null).status()).isEqualTo(200);
        assertThat(client.get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void logoutEndsTheFamilyAndItsCopiesEverywhere() {
        ApiClient client = signedIn();
        ApiClient copy = copyOf(client);

        assertThat(client.post("/api/v1/auth/logout", null).status()).isIn(200, 204);
        clock.advance(PAST_REVOCATION_CHECK);

        assertThat(copy.get("/api/v1/me").status()).isEqualTo(401);
        assertThat(copy.post("/api/v1/auth/refresh", null).status()).isEqualTo(401);
    }

    @Test
    void signingOutEverywhereEndsEverySessionOfTheUser() {
        String email = shops.create("Everywhere Garage").email(Role.TECHNICIAN);
        ApiClient one = client().signIn(email, TestShops.PASSWORD);
        ApiClient two = client().signIn(email, TestShops.PASSWORD);

        assertThat(one.post("/api/v1/auth/logout-everywhere", null).status()).isIn(200, 204);
        clock.advance(PAST_REVOCATION_CHECK);

        assertThat(two.get("/api/v1/me").status()).isEqualTo(401);
        assertThat(two.post("/api/v1/auth/refresh", null).status()).isEqualTo(401);
    }

    @Test
    void aDisabledUsersSessionsAndTokensStopEverywhere() {
        TestShops.Shop shop = shops.create("Parting Ways Garage");
        ApiClient owner = client().signIn(shop.email(Role.OWNER), TestShops.PASSWORD);
        owner.patch("/api/v1/users/" + shop.users().get(Role.MANAGER), Map.of("role", "owner"));
        ApiClient manager = client().signIn(shop.email(Role.MANAGER), TestShops.PASSWORD);
        String token = owner.post(
                        "/api/v1/api-tokens", Map.of("name", "Sync", "permissions", List.of("customers:read")))
                .json()
                .get("token")
                .asString();
        ApiClient integration = client().withoutCsrf();
        Map<String, String> bearer = Map.of("Authorization", "Bearer " + token);
        assertThat(integration.send("GET", "/api/v1/customers", null, bearer).status())
                .isEqualTo(200);

        assertThat(manager.patch("/api/v1/users/" + shop.users().get(Role.OWNER), Map.of("disabled", true))
                        .status())
                .isEqualTo(200);
        clock.advance(PAST_REVOCATION_CHECK);

        assertThat(owner.get("/api/v1/me").status()).isEqualTo(401);
        assertThat(integration.send("GET", "/api/v1/customers", null, bearer).status())
                .isEqualTo(401);
    }

    @Test
    void aPasswordChangeEndsTheOtherSessionsOnEveryInstance() {
        String email = shops.create("Rotating Garage").email(Role.BOOKKEEPER);
        ApiClient here = client().signIn(email, TestShops.PASSWORD);
        ApiClient there = client().signIn(email, TestShops.PASSWORD);

        here.post(
                "/api/v1/me/password",
                Map.of("currentPassword", TestShops.PASSWORD, "newPassword", "odometer rolled past a million"));
        clock.advance(PAST_REVOCATION_CHECK);

        assertThat(there.get("/api/v1/me").status()).isEqualTo(401);
        assertThat(here.get("/api/v1/me").status()).isEqualTo(200);
    }
}
