package app.pitwall.identity;

import static app.pitwall.identity.MfaSteps.problemType;
import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.access.Role;
import app.pitwall.support.ApiClient;
import app.pitwall.support.MutableClock;
import app.pitwall.support.MutableClockConfiguration;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.TestShops;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Sensitive changes need a proof of identity from the last five minutes; re-authenticating with
 * the password (and a code when MFA is on) renews it, and a wrong one does not.
 */
@PitwallIntegrationTest
@Import(MutableClockConfiguration.class)
class ReauthenticationTest {

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
    void aChangeToMfaMoreThanFiveMinutesAfterSignInNeedsReauthentication() {
        TestShops.Shop shop = shops.create("Stale Garage");
        ApiClient advisor = client().signIn(shop.email(Role.SERVICE_ADVISOR), TestShops.PASSWORD);
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));

        ApiClient.Response stale = advisor.post("/api/v1/me/mfa/totp", null);
        ApiClient.Response wrong =
                advisor.post("/api/v1/auth/reauthenticate", Map.of("password", "a wrong password guess"));
        ApiClient.Response stillStale = advisor.post("/api/v1/me/mfa/totp", null);
        ApiClient.Response right = advisor.post("/api/v1/auth/reauthenticate", Map.of("password", TestShops.PASSWORD));
        ApiClient.Response fresh = advisor.post("/api/v1/me/mfa/totp", null);

        assertThat(stale.status()).isEqualTo(403);
        assertThat(problemType(stale)).isEqualTo("reauthentication-required");
        assertThat(wrong.status()).isEqualTo(403);
        assertThat(problemType(wrong)).isEqualTo("reauthentication-failed");
        assertThat(problemType(stillStale)).isEqualTo("reauthentication-required");
        assertThat(right.status()).as(right.body()).isEqualTo(200);
        assertThat(right.json().get("recentUntil").asString()).isNotBlank();
        assertThat(fresh.status()).as(fresh.body()).isEqualTo(200);
    }

    @Test
    void theProofLastsFiveMinutes() {
        TestShops.Shop shop = shops.create("Window Garage");
        ApiClient owner = client().signIn(shop.email(Role.OWNER), TestShops.PASSWORD);

        clock.advance(Duration.ofMinutes(4).plusSeconds(59));
        ApiClient.Response justInTime = owner.post("/api/v1/me/mfa/totp", null);
        clock.advance(Duration.ofSeconds(1));
        ApiClient.Response tooLate = owner.post("/api/v1/me/mfa/totp", null);

        assertThat(justInTime.status()).isEqualTo(200);
        assertThat(problemType(tooLate)).isEqualTo("reauthentication-required");
    }

    @Test
    void withMfaOnReauthenticationNeedsACodeAsWell() {
        TestShops.Shop shop = shops.create("Careful Garage");
        ApiClient manager = client().signIn(shop.email(Role.MANAGER), TestShops.PASSWORD);
        Authenticator app = MfaSteps.enrol(manager, clock);
        clock.advance(Duration.ofMinutes(6));

        ApiClient.Response withoutCode =
                manager.post("/api/v1/auth/reauthenticate", Map.of("password", TestShops.PASSWORD));
        ApiClient.Response wrongCode = manager.post(
                "/api/v1/auth/reauthenticate", Map.of("password", TestShops.PASSWORD, "code", app.wrongCode()));
        ApiClient.Response withCode = manager.post(
                "/api/v1/auth/reauthenticate", Map.of("password", TestShops.PASSWORD, "code", app.nextCode()));

        assertThat(withoutCode.status()).isEqualTo(400);
        assertThat(withoutCode.json().get("fields").has("code")).isTrue();
        assertThat(problemType(wrongCode)).isEqualTo("reauthentication-failed");
        assertThat(withCode.status()).as(withCode.body()).isEqualTo(200);
    }

    @Test
    void turningMfaOffNeedsARecentProofAndACodeAndThenThePasswordIsEnoughAgain() {
        TestShops.Shop shop = shops.create("Relaxed Garage");
        String email = shop.email(Role.BOOKKEEPER);
        ApiClient bookkeeper = client().signIn(email, TestShops.PASSWORD);
        Authenticator app = MfaSteps.enrol(bookkeeper, clock);
        clock.advance(Duration.ofMinutes(6));

        ApiClient.Response stale =
                bookkeeper.send("DELETE", "/api/v1/me/mfa/totp", Map.of("code", app.nextCode()), Map.of());
        bookkeeper.post("/api/v1/auth/reauthenticate", Map.of("password", TestShops.PASSWORD, "code", app.nextCode()));
        ApiClient.Response wrongCode =
                bookkeeper.send("DELETE", "/api/v1/me/mfa/totp", Map.of("code", app.wrongCode()), Map.of());
        ApiClient.Response off =
                bookkeeper.send("DELETE", "/api/v1/me/mfa/totp", Map.of("code", app.nextCode()), Map.of());

        assertThat(problemType(stale)).isEqualTo("reauthentication-required");
        assertThat(wrongCode.status()).isEqualTo(400);
        assertThat(off.status()).as(off.body()).isEqualTo(204);
        ApiClient.Response signIn = MfaSteps.password(client(), email, TestShops.PASSWORD);
        assertThat(signIn.json().get("mfaRequired").asBoolean()).isFalse();
    }

    @Test
    void askingForANewSignInEmailNeedsARecentProof() {
        TestShops.Shop shop = shops.create("Moving Garage");
        ApiClient advisor = client().signIn(shop.email(Role.SERVICE_ADVISOR), TestShops.PASSWORD);
        String newEmail = "moved-" + shop.tenant().value() + "@shop.example";
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));

        ApiClient.Response stale = advisor.post("/api/v1/me/email", Map.of("email", newEmail));
        advisor.post("/api/v1/auth/reauthenticate", Map.of("password", TestShops.PASSWORD));
        ApiClient.Response malformed = advisor.post("/api/v1/me/email", Map.of("email", "not an address"));
        ApiClient.Response asked = advisor.post("/api/v1/me/email", Map.of("email", newEmail.toUpperCase()));

        assertThat(problemType(stale)).isEqualTo("reauthentication-required");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(asked.status()).as(asked.body()).isEqualTo(202);
        assertThat(asked.json().get("pendingEmail").asString()).isEqualTo(newEmail);
    }

    @Test
    void onlyASignedInUserCanReauthenticate() {
        ApiClient.Response refused = client().post("/api/v1/auth/reauthenticate", Map.of("password", "x"));

        assertThat(refused.status()).isEqualTo(401);
    }
}
