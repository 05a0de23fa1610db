package app.pitwall.identity;

import static app.pitwall.identity.MfaSteps.password;
import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.access.Role;
import app.pitwall.support.ApiClient;
import app.pitwall.support.EmailChangeLinks;
import app.pitwall.support.PageClient;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.TestShops;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A new sign-in email takes effect only when the link sent to it is followed (#17, finding 3): asking answered 409
 * for an address used in any tenant and 200 otherwise, unthrottled, and switched at once, so it probed which
 * addresses have accounts and could take an address whose owner had a pending invitation. Now asking answers the
 * same for every address, is limited per account, and changes nothing until the link (logged for the operator, as
 * password-reset links are) is followed.
 */
@PitwallIntegrationTest
class EmailChangeTest {

    @Autowired
    TestShops shops;

    @LocalServerPort
    int port;

    ApiClient client() {
        return new ApiClient("http://localhost:" + port);
    }

    static String fresh(String what) {
        return what + "-" + UUID.randomUUID().toString().substring(0, 8) + "@shop.example";
    }

    @Test
    void theNewAddressSignsInOnlyOnceTheLinkSentToItIsFollowed() {
        TestShops.Shop shop = shops.create("Confirming Garage");
        String old = shop.email(Role.TECHNICIAN);
        String wanted = fresh("confirmed");
        ApiClient technician = client().signIn(old, TestShops.PASSWORD);

        String token;
        ApiClient.Response asked;
        try (EmailChangeLinks links = new EmailChangeLinks()) {
            asked = technician.post("/api/v1/me/email", Map.of("email", wanted));
            token = links.latestToken();
            assertThat(links.lines().get(0)).contains(wanted, "/account/email/confirm?token=");
        }
        int beforeFollowing = password(client(), wanted, TestShops.PASSWORD).status();
        ApiClient.Response followed = client().post("/api/v1/auth/email-change/confirm", Map.of("token", token));
        ApiClient.Response again = client().post("/api/v1/auth/email-change/confirm", Map.of("token", token));

        assertThat(asked.status()).as(asked.body()).isEqualTo(202);
        assertThat(asked.json().get("pendingEmail").asString()).isEqualTo(wanted);
        assertThat(beforeFollowing)
                .as("nothing changes before the link is followed")
                .isEqualTo(401);
        assertThat(followed.status()).as(followed.body()).isEqualTo(200);
        assertThat(followed.json().get("email").asString()).isEqualTo(wanted);
        assertThat(again.status()).as("a link works once").isEqualTo(400);
        assertThat(password(client(), wanted, TestShops.PASSWORD).status()).isEqualTo(200);
        assertThat(password(client(), old, TestShops.PASSWORD).status()).isEqualTo(401);
        assertThat(technician.get("/api/v1/me").status()).as("sessions stay").isEqualTo(200);
    }

    @Test
    void theAnswerIsTheSameWhetherOrNotTheAddressHasAnAccount() {
        TestShops.Shop shop = shops.create("Probing Garage");
        TestShops.Shop elsewhere = shops.create("Probed Garage");
        ApiClient prober = client().signIn(shop.email(Role.SERVICE_ADVISOR), TestShops.PASSWORD);
        String taken = elsewhere.email(Role.OWNER);
        String free = fresh("free");

        ApiClient.Response forTaken = prober.post("/api/v1/me/email", Map.of("email", taken));
        ApiClient.Response forFree = prober.post("/api/v1/me/email", Map.of("email", free));

        assertThat(forTaken.status()).isEqualTo(202);
        assertThat(forFree.status()).isEqualTo(forTaken.status());
        assertThat(forTaken.json().propertyNames()).isEqualTo(forFree.json().propertyNames());
        assertThat(forTaken.body().replace(taken, "ADDRESS").replaceAll("\"expiresAt\":\"[^\"]+\"", ""))
                .isEqualTo(forFree.body().replace(free, "ADDRESS").replaceAll("\"expiresAt\":\"[^\"]+\"", ""));
        assertThat(password(client(), taken, TestShops.PASSWORD).status())
                .as("the other account is untouched")
                .isEqualTo(200);
    }

    @Test
    void aLinkToAnAddressAnotherAccountHasChangesNothing() {
        TestShops.Shop shop = shops.create("Grabbing Garage");
        TestShops.Shop elsewhere = shops.create("Grabbed Garage");
        ApiClient grabber = client().signIn(shop.email(Role.VIEWER), TestShops.PASSWORD);
        String taken = elsewhere.email(Role.MANAGER);

        String token;
        try (EmailChangeLinks links = new EmailChangeLinks()) {
            grabber.post("/api/v1/me/email", Map.of("email", taken));
            token = links.latestToken();
        }
        ApiClient.Response followed = client().post("/api/v1/auth/email-change/confirm", Map.of("token", token));

        assertThat(followed.status()).isEqualTo(409);
        assertThat(password(client(), shop.email(Role.VIEWER), TestShops.PASSWORD)
                        .status())
                .isEqualTo(200);
        assertThat(password(client(), taken, TestShops.PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void askingIsLimitedPerAccountAndAnsweredWith429() {
        TestShops.Shop shop = shops.create("Impatient Garage");
        ApiClient bookkeeper = client().signIn(shop.email(Role.BOOKKEEPER), TestShops.PASSWORD);
        List<Integer> statuses = new ArrayList<>();
        ApiClient.Response last = null;

        for (int i = 0; i < 35; i++) {
            last = bookkeeper.post("/api/v1/me/email", Map.of("email", fresh("probe" + i)));
            statuses.add(last.status());
        }

        assertThat(statuses.subList(0, 5)).containsOnly(202);
        assertThat(statuses.subList(5, 35)).containsOnly(429);
        assertThat(last.header("retry-after")).isNotBlank();
        assertThat(last.header("content-type")).startsWith("application/problem+json");
    }

    @Test
    void aNewerRequestVoidsTheEarlierLink() {
        TestShops.Shop shop = shops.create("Changing Mind Garage");
        ApiClient viewer = client().signIn(shop.email(Role.VIEWER), TestShops.PASSWORD);

        String first;
        String second;
        try (EmailChangeLinks links = new EmailChangeLinks()) {
            viewer.post("/api/v1/me/email", Map.of("email", fresh("first")));
            first = links.latestToken();
            viewer.post("/api/v1/me/email", Map.of("email", fresh("second")));
            second = links.latestToken();
        }

        assertThat(client().post("/api/v1/auth/email-change/confirm", Map.of("token", first))
                        .status())
                .isEqualTo(400);
        assertThat(client().post("/api/v1/auth/email-change/confirm", Map.of("token", second))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void theLinkLeadsToAPageThatAsksBeforeChangingAnything() {
        TestShops.Shop shop = shops.create("Page Confirm Garage");
        String wanted = fresh("paged");
        PageClient viewer =
                new PageClient("http://localhost:" + port).signIn(shop.email(Role.VIEWER), TestShops.PASSWORD);

        String token;
        PageClient.Answer asked;
        try (EmailChangeLinks links = new EmailChangeLinks()) {
            asked = viewer.post("/account/email", "email", wanted);
            token = links.latestToken();
        }
        PageClient stranger = new PageClient("http://localhost:" + port);
        PageClient.Answer page = stranger.get("/account/email/confirm?token=" + token);
        int beforeTheButton = password(client(), wanted, TestShops.PASSWORD).status();
        PageClient.Answer confirmed = stranger.post("/account/email/confirm", "token", token);

        assertThat(asked.status()).isEqualTo(302);
        assertThat(asked.header("Location")).endsWith("/account/email?notice=email-change-sent");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(wanted, "id=\"email-confirm\"");
        assertThat(beforeTheButton).isEqualTo(401);
        assertThat(confirmed.status()).isEqualTo(302);
        assertThat(confirmed.header("Location")).endsWith("/login?notice=email-changed");
        assertThat(password(client(), wanted, TestShops.PASSWORD).status()).isEqualTo(200);
    }
}
