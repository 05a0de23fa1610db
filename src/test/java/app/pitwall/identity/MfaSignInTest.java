package app.pitwall.identity;

import static app.pitwall.identity.MfaSteps.code;
import static app.pitwall.identity.MfaSteps.password;
import static app.pitwall.identity.MfaSteps.problemType;
import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.access.Role;
import app.pitwall.identity.internal.SessionCookies;
import app.pitwall.platform.TenantScope;
import app.pitwall.support.ApiClient;
import app.pitwall.support.MutableClock;
import app.pitwall.support.MutableClockConfiguration;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.TestShops;
import java.time.Duration;
import java.util.Map;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * TOTP enrolment and the two-step sign-in: the password alone yields no session, a code completes
 * it once, codes and recovery codes work once only, and the pending sign-in is short and guarded.
 */
@PitwallIntegrationTest
@Import(MutableClockConfiguration.class)
class MfaSignInTest {

    @Autowired
    TestShops shops;

    @Autowired
    MutableClock clock;

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
    void enrolmentOffersTheSecretAsBase32AnOtpauthUriAndAQrCode() {
        TestShops.Shop shop = shops.create("Qr Garage");
        String email = shop.email(Role.TECHNICIAN);
        ApiClient technician = client().signIn(email, TestShops.PASSWORD);

        ApiClient.Response setup = technician.post("/api/v1/me/mfa/totp", null);

        assertThat(setup.status()).isEqualTo(200);
        String secret = setup.json().get("secret").asString();
        assertThat(new Base32().decode(secret)).hasSize(20);
        assertThat(setup.json().get("otpauthUri").asString())
                .startsWith("otpauth://totp/Pitwall:" + email + "?")
                .contains("secret=" + secret)
                .contains("issuer=Pitwall");
        assertThat(setup.json().get("qrCode").asString()).startsWith("data:image/svg+xml;base64,");
        assertThat(technician.get("/api/v1/me/mfa").json().get("enabled").asBoolean())
                .isFalse();
    }

    @Test
    void confirmingWithAWrongCodeLeavesMfaOff() {
        TestShops.Shop shop = shops.create("Wrong Confirm Garage");
        ApiClient owner = client().signIn(shop.email(Role.OWNER), TestShops.PASSWORD);
        owner.post("/api/v1/me/mfa/totp", null);

        ApiClient.Response confirm = owner.post("/api/v1/me/mfa/totp/confirm", Map.of("code", "000000"));

        assertThat(confirm.status()).isEqualTo(400);
        assertThat(confirm.json().get("fields").has("code")).isTrue();
        assertThat(owner.get("/api/v1/me/mfa").json().get("enabled").asBoolean())
                .isFalse();
        assertThat(password(client(), shop.email(Role.OWNER), TestShops.PASSWORD)
                        .json()
                        .get("mfaRequired")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void confirmedEnrolmentReturnsTenRecoveryCodesAndTheSecretIsStoredEncrypted() {
        TestShops.Shop shop = shops.create("Vault Garage");
        ApiClient advisor = client().signIn(shop.email(Role.SERVICE_ADVISOR), TestShops.PASSWORD);

        Authenticator app = MfaSteps.enrol(advisor, clock);

        assertThat(app.recoveryCodes()).hasSize(10).doesNotHaveDuplicates();
        assertThat(advisor.get("/api/v1/me/mfa").json().get("recoveryCodesLeft").asInt())
                .isEqualTo(10);
        byte[] stored = TenantScope.callAs(
                shop.tenant(),
                () -> transactions.execute(
                        status -> jdbc.sql("SELECT secret_ciphertext FROM user_mfa WHERE tenant_id = ? AND user_id = ?")
                                .params(shop.tenant().value(), shop.users().get(Role.SERVICE_ADVISOR))
                                .query(byte[].class)
                                .single()));
        assertThat(stored).hasSizeGreaterThan(20);
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain(new String(app.secret(), java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    @Test
    void aSecondSetUpWhileMfaIsOnIsRefusedAndKeepsTheFirstApp() {
        TestShops.Shop shop = shops.create("Twice Garage");
        String email = shop.email(Role.MANAGER);
        ApiClient manager = client().signIn(email, TestShops.PASSWORD);
        Authenticator app = MfaSteps.enrol(manager, clock);

        ApiClient.Response again = manager.post("/api/v1/me/mfa/totp", null);

        assertThat(again.status()).isEqualTo(409);
        assertThat(problemType(again)).isEqualTo("mfa-already-enabled");
        MfaSteps.signIn(client(), email, TestShops.PASSWORD, app);
    }

    @Test
    void withMfaOnThePasswordAloneGivesOnlyAPendingSignInCookie() {
        TestShops.Shop shop = shops.create("Two Step Garage");
        String email = shop.email(Role.SERVICE_ADVISOR);
        Authenticator app = MfaSteps.enrol(client().signIn(email, TestShops.PASSWORD), clock);
        ApiClient browser = client();

        ApiClient.Response first = password(browser, email, TestShops.PASSWORD);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body()).isEqualTo("{\"mfaRequired\":true}");
        assertThat(first.setCookies())
                .noneMatch(cookie ->
                        cookie.startsWith(SessionCookies.ACCESS) || cookie.startsWith(SessionCookies.REFRESH));
        assertThat(first.setCookies())
                .filteredOn(cookie -> cookie.startsWith(SessionCookies.PENDING_MFA + "="))
                .singleElement()
                .satisfies(cookie ->
                        assertThat(cookie).contains("Path=/", "Max-Age=300", "Secure", "HttpOnly", "SameSite=Strict"));
        assertThat(browser.get("/api/v1/me").status()).isEqualTo(401);

        ApiClient.Response second = code(browser, app.nextCode());

        assertThat(second.status()).as(second.body()).isEqualTo(200);
        assertThat(second.json().get("mfaRequired").asBoolean()).isFalse();
        assertThat(second.setCookies())
                .anyMatch(cookie -> cookie.startsWith(SessionCookies.ACCESS + "="))
                .anyMatch(cookie -> cookie.startsWith(SessionCookies.REFRESH + "="))
                .anyMatch(cookie -> cookie.startsWith(SessionCookies.PENDING_MFA + "=;"));
        assertThat(browser.get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void aCodeIsAcceptedOnceOnlyEvenWithinItsWindow() {
        TestShops.Shop shop = shops.create("Replay Garage");
        String email = shop.email(Role.MANAGER);
        Authenticator app = MfaSteps.enrol(client().signIn(email, TestShops.PASSWORD), clock);
        String used = app.nextCode();
        ApiClient first = client();
        password(first, email, TestShops.PASSWORD);
        assertThat(code(first, used).status()).isEqualTo(200);

        ApiClient second = client();
        password(second, email, TestShops.PASSWORD);
        ApiClient.Response replayed = code(second, used);

        assertThat(replayed.status()).isEqualTo(401);
        assertThat(problemType(replayed)).isEqualTo("invalid-mfa-code");
        assertThat(code(second, app.codeAt(clock.instant().minusSeconds(30))).status())
                .as("an older code of the window")
                .isEqualTo(401);
        assertThat(code(second, app.nextCode()).status()).isEqualTo(200);
    }

    @Test
    void aRecoveryCodeCompletesSignInOnceOnly() {
        TestShops.Shop shop = shops.create("Recovery Garage");
        String email = shop.email(Role.BOOKKEEPER);
        Authenticator app = MfaSteps.enrol(client().signIn(email, TestShops.PASSWORD), clock);
        String recovery = app.recoveryCodes().get(3);

        ApiClient first = client();
        password(first, email, TestShops.PASSWORD);
        ApiClient.Response accepted = code(first, recovery.toUpperCase());

        ApiClient second = client();
        password(second, email, TestShops.PASSWORD);
        ApiClient.Response again = code(second, recovery);

        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(first.get("/api/v1/me/mfa").json().get("recoveryCodesLeft").asInt())
                .isEqualTo(9);
        assertThat(again.status()).isEqualTo(401);
        assertThat(problemType(again)).isEqualTo("invalid-mfa-code");
    }

    @Test
    void thePendingSignInExpiresAfterFiveMinutes() {
        TestShops.Shop shop = shops.create("Slow Garage");
        String email = shop.email(Role.VIEWER);
        Authenticator app = MfaSteps.enrol(client().signIn(email, TestShops.PASSWORD), clock);
        ApiClient browser = client();
        password(browser, email, TestShops.PASSWORD);

        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        ApiClient.Response late = code(browser, app.code());

        assertThat(late.status()).isEqualTo(401);
        assertThat(problemType(late)).isEqualTo("mfa-sign-in-expired");
        assertThat(browser.get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void thePendingSignInCompletesOnceOnly() {
        TestShops.Shop shop = shops.create("Single Use Garage");
        String email = shop.email(Role.TECHNICIAN);
        Authenticator app = MfaSteps.enrol(client().signIn(email, TestShops.PASSWORD), clock);
        ApiClient browser = client();
        password(browser, email, TestShops.PASSWORD);
        String pending = browser.cookies().get(SessionCookies.PENDING_MFA);
        assertThat(code(browser, app.nextCode()).status()).isEqualTo(200);

        ApiClient copy = client();
        copy.cookies().put(SessionCookies.PENDING_MFA, pending);
        ApiClient.Response reused = code(copy, app.nextCode());

        assertThat(reused.status()).isEqualTo(401);
        assertThat(problemType(reused)).isEqualTo("mfa-sign-in-expired");
        assertThat(copy.get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void fiveWrongCodesEndThePendingSignIn() {
        TestShops.Shop shop = shops.create("Guessing Garage");
        String email = shop.email(Role.SERVICE_ADVISOR);
        Authenticator app = MfaSteps.enrol(client().signIn(email, TestShops.PASSWORD), clock);
        ApiClient attacker = client();
        password(attacker, email, TestShops.PASSWORD);

        for (int attempt = 1; attempt <= 4; attempt++) {
            ApiClient.Response wrong = code(attacker, app.wrongCode());
            assertThat(problemType(wrong)).isEqualTo("invalid-mfa-code");
            clock.advance(Duration.ofSeconds(61));
        }
        ApiClient.Response fifth = code(attacker, app.wrongCode());
        clock.advance(Duration.ofSeconds(61));
        ApiClient.Response right = code(attacker, app.code());

        assertThat(fifth.status()).isEqualTo(401);
        assertThat(problemType(fifth)).isEqualTo("mfa-sign-in-expired");
        assertThat(right.status()).isEqualTo(401);
        assertThat(attacker.get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void wrongCodesAfterARightPasswordCountTowardTheAccountLock() {
        TestShops.Shop shop = shops.create("Stolen Password Garage");
        String email = shop.email(Role.OWNER);
        Authenticator app = MfaSteps.enrol(client().signIn(email, TestShops.PASSWORD), clock);
        ApiClient attacker = client();

        for (int wrong = 0; wrong < 10; wrong++) {
            if (wrong % 4 == 0) {
                assertThat(password(attacker, email, TestShops.PASSWORD).status())
                        .isEqualTo(200);
            }
            assertThat(code(attacker, app.wrongCode()).status()).isEqualTo(401);
            clock.advance(Duration.ofSeconds(61));
        }
        ApiClient owner = client();
        ApiClient.Response locked = password(owner, email, TestShops.PASSWORD);

        assertThat(locked.status()).isEqualTo(401);
        assertThat(problemType(locked)).isEqualTo("invalid-credentials");
        assertThat(owner.cookies()).doesNotContainKey(SessionCookies.PENDING_MFA);
    }
}
