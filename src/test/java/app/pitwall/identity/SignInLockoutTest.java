package app.pitwall.identity;

import static app.pitwall.identity.MfaSteps.password;
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
 * Per-account brute-force protection: growing waits, a lock after ten failures within fifteen
 * minutes that answers exactly like a wrong password or an unknown email, longer locks on repeat,
 * unlocking by someone who manages users, and the user told at the next sign-in.
 */
@PitwallIntegrationTest
@Import(MutableClockConfiguration.class)
class SignInLockoutTest {

    private static final String WRONG = "not the password at all";

    @Autowired
    TestShops shops;

    @Autowired
    MutableClock clock;

    @LocalServerPort
    int port;

    ApiClient client() {
        return new ApiClient("http://localhost:" + port);
    }

    /** Ten wrong passwords a minute apart: inside the fifteen-minute window, past every wait. */
    void failTenTimes(String email) {
        for (int i = 0; i < 10; i++) {
            assertThat(password(client(), email, WRONG).status()).isEqualTo(401);
            clock.advance(Duration.ofSeconds(61));
        }
    }

    @Test
    void tenFailuresWithinFifteenMinutesLockTheAccountEvenAgainstTheRightPassword() {
        TestShops.Shop shop = shops.create("Locked Garage");
        String email = shop.email(Role.SERVICE_ADVISOR);

        failTenTimes(email);

        assertThat(password(client(), email, TestShops.PASSWORD).status()).isEqualTo(401);
        clock.advance(Duration.ofMinutes(5));
        assertThat(password(client(), email, TestShops.PASSWORD).status()).isEqualTo(401);
    }

    @Test
    void aLockedAccountAnswersExactlyLikeAWrongPasswordAndAnUnknownEmail() {
        TestShops.Shop shop = shops.create("Indistinct Garage");
        String lockedEmail = shop.email(Role.TECHNICIAN);
        failTenTimes(lockedEmail);

        ApiClient.Response locked = password(client(), lockedEmail, TestShops.PASSWORD);
        ApiClient.Response wrongPassword = password(client(), shop.email(Role.VIEWER), WRONG);
        ApiClient.Response unknownEmail = password(client(), "nobody-" + shop.tenant() + "@shop.example", WRONG);

        assertThat(locked.status()).isEqualTo(401);
        assertThat(wrongPassword.status()).isEqualTo(locked.status());
        assertThat(unknownEmail.status()).isEqualTo(locked.status());
        assertThat(wrongPassword.body()).isEqualTo(locked.body());
        assertThat(unknownEmail.body()).isEqualTo(locked.body());
        assertThat(locked.json().get("type").asString()).endsWith("/invalid-credentials");
    }

    @Test
    void afterThreeFailuresEachAttemptMustWaitLongerAndAnEarlyOneIsRefused() {
        TestShops.Shop shop = shops.create("Patient Garage");
        String email = shop.email(Role.BOOKKEEPER);
        for (int i = 0; i < 3; i++) {
            assertThat(password(client(), email, WRONG).status()).isEqualTo(401);
        }

        ApiClient.Response tooSoon = password(client(), email, TestShops.PASSWORD);
        clock.advance(Duration.ofSeconds(1));
        ApiClient.Response fourthFailure = password(client(), email, WRONG);
        clock.advance(Duration.ofSeconds(1));
        ApiClient.Response stillTooSoon = password(client(), email, TestShops.PASSWORD);
        clock.advance(Duration.ofSeconds(1));
        ApiClient.Response afterTheWait = password(client(), email, TestShops.PASSWORD);

        assertThat(tooSoon.status()).as("three failures wait a second").isEqualTo(401);
        assertThat(fourthFailure.status()).isEqualTo(401);
        assertThat(stillTooSoon.status()).as("four failures wait two seconds").isEqualTo(401);
        assertThat(afterTheWait.status()).isEqualTo(200);
    }

    @Test
    void failuresSpreadOverMoreThanFifteenMinutesDoNotLock() {
        TestShops.Shop shop = shops.create("Forgetful Garage");
        String email = shop.email(Role.VIEWER);
        for (int i = 0; i < 10; i++) {
            assertThat(password(client(), email, WRONG).status()).isEqualTo(401);
            clock.advance(Duration.ofMinutes(2));
        }

        assertThat(password(client(), email, TestShops.PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void theLockEndsAfterFifteenMinutesAndTheUserIsToldOnce() {
        TestShops.Shop shop = shops.create("Told Garage");
        String email = shop.email(Role.MANAGER);
        failTenTimes(email);
        clock.advance(Duration.ofMinutes(15));

        ApiClient.Response first = password(client(), email, TestShops.PASSWORD);
        ApiClient.Response second = password(client(), email, TestShops.PASSWORD);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("notice").asString())
                .startsWith("Your account was locked after repeated failed sign-ins at ");
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json().has("notice")).isFalse();
    }

    @Test
    void aRepeatedLockWithinADayLastsAnHour() {
        TestShops.Shop shop = shops.create("Repeat Garage");
        String email = shop.email(Role.TECHNICIAN);
        failTenTimes(email);
        clock.advance(Duration.ofMinutes(15));
        failTenTimes(email);

        clock.advance(Duration.ofMinutes(15));
        ApiClient.Response afterFifteenMinutes = password(client(), email, TestShops.PASSWORD);
        clock.advance(Duration.ofMinutes(45));
        ApiClient.Response afterAnHour = password(client(), email, TestShops.PASSWORD);

        assertThat(afterFifteenMinutes.status()).isEqualTo(401);
        assertThat(afterAnHour.status()).isEqualTo(200);
    }

    @Test
    void theOwnerUnlocksAnAccountAndItsUserIsToldAtTheNextSignIn() {
        TestShops.Shop shop = shops.create("Unlock Garage");
        String email = shop.email(Role.SERVICE_ADVISOR);
        failTenTimes(email);
        ApiClient owner = client().signIn(shop.email(Role.OWNER), TestShops.PASSWORD);

        ApiClient.Response unlocked =
                owner.post("/api/v1/users/" + shop.users().get(Role.SERVICE_ADVISOR) + "/unlock", Map.of());
        ApiClient.Response signIn = password(client(), email, TestShops.PASSWORD);

        assertThat(unlocked.status()).as(unlocked.body()).isEqualTo(200);
        assertThat(unlocked.json().get("wasLocked").asBoolean()).isTrue();
        assertThat(signIn.status()).isEqualTo(200);
        assertThat(signIn.json().get("notice").asString()).contains("locked");
    }

    @Test
    void onlySomeoneWhoManagesUsersOfTheSameTenantAndNoLowerRoleCanUnlock() {
        TestShops.Shop shop = shops.create("Guarded Garage");
        TestShops.Shop other = shops.create("Other Garage");
        String advisor = "/api/v1/users/" + shop.users().get(Role.SERVICE_ADVISOR) + "/unlock";
        String owner = "/api/v1/users/" + shop.users().get(Role.OWNER) + "/unlock";

        ApiClient technician = client().signIn(shop.email(Role.TECHNICIAN), TestShops.PASSWORD);
        ApiClient manager = client().signIn(shop.email(Role.MANAGER), TestShops.PASSWORD);
        ApiClient foreignOwner = client().signIn(other.email(Role.OWNER), TestShops.PASSWORD);

        assertThat(technician.post(advisor, Map.of()).status()).isEqualTo(403);
        assertThat(manager.post(owner, Map.of()).status()).isEqualTo(403);
        assertThat(manager.post(advisor, Map.of()).status()).isEqualTo(200);
        assertThat(foreignOwner.post(advisor, Map.of()).status()).isEqualTo(404);
    }
}
