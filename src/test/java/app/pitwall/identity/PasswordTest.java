package app.pitwall.identity;

import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.access.Role;
import app.pitwall.platform.TenantScope;
import app.pitwall.support.ApiClient;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.ResetLinks;
import app.pitwall.support.TestShops;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Password change ends the other sessions; reset links are single-use, never given to the caller,
 * never reveal whether an email has an account, and end every session; old hashes are upgraded.
 */
@PitwallIntegrationTest
class PasswordTest {

    static final String NEW_PASSWORD = "brake fluid boils at altitude";

    @Autowired
    TestShops shops;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @LocalServerPort
    int port;

    ApiClient client() {
        return new ApiClient("http://localhost:" + port);
    }

    @Test
    void changingThePasswordEndsEveryOtherSessionButThisOne() {
        TestShops.Shop shop = shops.create("Change Garage");
        String email = shop.email(Role.SERVICE_ADVISOR);
        ApiClient here = client().signIn(email, TestShops.PASSWORD);
        ApiClient elsewhere = client().signIn(email, TestShops.PASSWORD);

        ApiClient.Response changed = here.post(
                "/api/v1/me/password", Map.of("currentPassword", TestShops.PASSWORD, "newPassword", NEW_PASSWORD));

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("otherSessionsEnded").asInt()).isEqualTo(1);
        assertThat(here.get("/api/v1/me").status()).isEqualTo(200);
        assertThat(elsewhere.get("/api/v1/me").status()).isEqualTo(401);
        assertThat(client().post("/api/v1/auth/login", Map.of("email", email, "password", TestShops.PASSWORD))
                        .status())
                .isEqualTo(401);
        client().signIn(email, NEW_PASSWORD);
    }

    @Test
    void aWrongCurrentPasswordOrAWeakNewOneChangesNothing() {
        TestShops.Shop shop = shops.create("Careful Garage");
        ApiClient me = client().signIn(shop.email(Role.VIEWER), TestShops.PASSWORD);

        ApiClient.Response wrong = me.post(
                "/api/v1/me/password",
                Map.of("currentPassword", "not my password at all", "newPassword", NEW_PASSWORD));
        ApiClient.Response weak = me.post(
                "/api/v1/me/password", Map.of("currentPassword", TestShops.PASSWORD, "newPassword", "qwertyuiop123"));

        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().get("fields").has("currentPassword")).isTrue();
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.json().get("fields").get("newPassword").asString()).contains("common");
        client().signIn(shop.email(Role.VIEWER), TestShops.PASSWORD);
    }

    @Test
    void aResetRequestAnswersTheSameForKnownAndUnknownEmailsAndLogsTheLinkOnlyForTheOperator() {
        TestShops.Shop shop = shops.create("Forgetful Garage");
        try (ResetLinks links = new ResetLinks()) {
            ApiClient.Response known =
                    client().post("/api/v1/auth/password-reset", Map.of("email", shop.email(Role.TECHNICIAN)));
            ApiClient.Response unknown = client().post(
                            "/api/v1/auth/password-reset",
                            Map.of("email", "nobody-" + UUID.randomUUID() + "@x.example"));

            assertThat(known.status()).isEqualTo(202);
            assertThat(unknown.status()).isEqualTo(202);
            assertThat(known.body()).isEqualTo(unknown.body());
            assertThat(links.lines()).hasSize(1);
            assertThat(known.body()).doesNotContain(links.latestToken());
            assertThat(known.headers().map().toString()).doesNotContain(links.latestToken());
        }
    }

    @Test
    void aResetRequestFromSomeoneSignedInElsewhereStillFindsTheAccount() {
        TestShops.Shop mine = shops.create("Borrowed Desk Garage");
        TestShops.Shop theirs = shops.create("Forgotten Login Garage");
        ApiClient colleague = client().signIn(mine.email(Role.OWNER), TestShops.PASSWORD);
        try (ResetLinks links = new ResetLinks()) {
            assertThat(colleague
                            .post("/api/v1/auth/password-reset", Map.of("email", theirs.email(Role.VIEWER)))
                            .status())
                    .isEqualTo(202);

            assertThat(links.latestToken()).startsWith("pwr_" + theirs.tenant() + ".");
        }
    }

    @Test
    void aResetLinkWorksOnceEndsEverySessionAndDoesNotSignIn() {
        TestShops.Shop shop = shops.create("Reset Garage");
        String email = shop.email(Role.BOOKKEEPER);
        ApiClient signedIn = client().signIn(email, TestShops.PASSWORD);
        String token;
        try (ResetLinks links = new ResetLinks()) {
            client().post("/api/v1/auth/password-reset", Map.of("email", email));
            token = links.latestToken();
        }
        ApiClient resetter = client();

        ApiClient.Response weak = resetter.post(
                "/api/v1/auth/password-reset/confirm", Map.of("token", token, "newPassword", "short one"));
        ApiClient.Response done = resetter.post(
                "/api/v1/auth/password-reset/confirm", Map.of("token", token, "newPassword", NEW_PASSWORD));
        ApiClient.Response replay = resetter.post(
                "/api/v1/auth/password-reset/confirm", Map.of("token", token, "newPassword", NEW_PASSWORD + " again"));

        assertThat(weak.status()).isEqualTo(400);
        assertThat(done.status()).isEqualTo(204);
        assertThat(done.setCookies())
                .noneMatch(c -> c.startsWith("__Host-pitwall-access=") && !c.contains("Max-Age=0"));
        assertThat(replay.status()).isEqualTo(400);
        assertThat(replay.json().get("fields").has("token")).isTrue();
        assertThat(signedIn.get("/api/v1/me").status()).isEqualTo(401);
        client().signIn(email, NEW_PASSWORD);
    }

    @Test
    void aForgedOrMangledResetTokenIsRefused() {
        ApiClient.Response response = client().post(
                        "/api/v1/auth/password-reset/confirm",
                        Map.of(
                                "token",
                                "pwr_" + UUID.randomUUID() + ".AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
                                "newPassword",
                                NEW_PASSWORD));

        assertThat(response.status()).isEqualTo(400);
        assertThat(client().post(
                                "/api/v1/auth/password-reset/confirm",
                                Map.of("token", "garbage", "newPassword", NEW_PASSWORD))
                        .status())
                .isEqualTo(400);
    }

    @Test
    void aHashWithWeakerArgon2ParametersIsUpgradedAtTheNextSignIn() {
        TestShops.Shop shop = shops.create("Legacy Hash Garage");
        UUID user = shop.users().get(Role.VIEWER);
        String weak = "{argon2id-19m-t2}"
                + new org.springframework.security.crypto.argon2.Argon2PasswordEncoder(16, 32, 1, 4096, 1)
                        .encode(TestShops.PASSWORD);
        TenantScope.runAs(
                shop.tenant(),
                () -> transactions.executeWithoutResult(
                        status -> jdbc.sql("UPDATE user_account SET password_hash = ? WHERE tenant_id = ? AND id = ?")
                                .params(weak, shop.tenant().value(), user)
                                .update()));

        client().signIn(shop.email(Role.VIEWER), TestShops.PASSWORD);

        String stored = TenantScope.callAs(
                shop.tenant(),
                () -> transactions.execute(
                        status -> jdbc.sql("SELECT password_hash FROM user_account WHERE tenant_id = ? AND id = ?")
                                .params(shop.tenant().value(), user)
                                .query(String.class)
                                .single()));
        assertThat(stored).isNotEqualTo(weak).startsWith("{argon2id-19m-t2}$argon2id$v=19$m=19456,t=2,p=1$");
        client().signIn(shop.email(Role.VIEWER), TestShops.PASSWORD);
    }
}
