package app.pitwall.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.access.Role;
import app.pitwall.support.ApiClient;
import app.pitwall.support.Browser;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.TestShops;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Two-step verification and session expiry in Chromium, with the application's clock moved instead of waiting: a user
 * sets up an authenticator app from the QR code's key, keeps the recovery codes, and signs in again with password and
 * code; a shop's requirement sends a user to set it up before anything else; a session that expired or was ended by
 * the owner leads to signing in and back to the page asked for.
 */
@PitwallIntegrationTest
@Import(MovableClockConfiguration.class)
class TwoStepJourneyTest {

    static Browser browser;

    @Autowired
    TestShops shops;

    @Autowired
    MovableClock clock;

    @LocalServerPort
    int port;

    TestShops.Shop shop;
    Browser.Tab tab;
    Page page;

    @BeforeAll
    static void launch() {
        browser = Browser.launch();
    }

    @AfterAll
    static void quit() {
        browser.close();
    }

    @BeforeEach
    void openShop() {
        shop = shops.create("Two-step Garage");
        tab = browser.open(baseUrl());
        page = tab.page();
    }

    @AfterEach
    void noPageBrokeTheContentSecurityPolicy() {
        try {
            assertThat(tab.cspViolations()).isEmpty();
        } finally {
            tab.close();
        }
    }

    @Test
    void aUserSetsUpAnAuthenticatorAppAndSignsInWithPasswordAndCode() {
        String email = shop.email(Role.SERVICE_ADVISOR);
        signIn(email, TestShops.PASSWORD);
        page.locator("header")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("My account"))
                .click();
        assertThat(page).hasURL(Pattern.compile("/account/security$"));
        button("Set up two-step verification").click();

        assertThat(page.locator("img.qr-code")).hasAttribute("src", Pattern.compile("^data:image/svg\\+xml;base64,"));
        Authenticator app = new Authenticator(
                Authenticator.decode(page.locator("#totp-secret").textContent().replace(" ", "")), List.of(), clock);
        tab.screenshot("mfa-setup");
        page.getByLabel("6-digit code").fill(app.wrongCode());
        button("Turn on").click();
        assertThat(page.locator("#code-error")).containsText("does not match");
        assertThat(page.locator("img.qr-code")).isVisible();
        page.getByLabel("6-digit code").fill(app.code());
        button("Turn on").click();

        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Save these recovery codes now");
        List<String> recoveryCodes = page.locator("#recovery-codes code").allTextContents();
        assertThat(recoveryCodes).hasSize(10).doesNotHaveDuplicates();
        tab.screenshot("mfa-recovery-codes");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("I have saved them"))
                .click();
        button("Sign out").click();

        page.navigate("/vehicles");
        signInWith(email, TestShops.PASSWORD);
        assertThat(page).hasURL(Pattern.compile("/login/code\\?next=%2Fvehicles$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Two-step verification");
        tab.screenshot("mfa-sign-in-code");
        page.getByLabel("Code", new Page.GetByLabelOptions().setExact(true)).fill(app.wrongCode());
        button("Continue").click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("The code is wrong or was already used");
        page.getByLabel("Code", new Page.GetByLabelOptions().setExact(true)).fill(app.nextCode());
        button("Continue").click();

        assertThat(page).hasURL(Pattern.compile("/vehicles$"));
        assertThat(page.locator("header")).containsText("Service advisor");
        page.navigate("/account/security");
        assertThat(page.locator(".card-head .status-badge")).hasText("On");
        assertThat(page.locator("#main")).containsText("You have 10 recovery codes left.");
        tab.screenshot("account-security-on");
    }

    @Test
    void aRecoveryCodeSignsInOnceInsteadOfACode() {
        String email = shop.email(Role.TECHNICIAN);
        Authenticator app = MfaSteps.enrol(new ApiClient(baseUrl()).signIn(email, TestShops.PASSWORD), clock);

        page.navigate("/login");
        signInWith(email, TestShops.PASSWORD);
        page.getByLabel("Code", new Page.GetByLabelOptions().setExact(true))
                .fill(app.recoveryCodes().get(0));
        button("Continue").click();
        assertThat(page).hasURL(Pattern.compile("/my-jobs$"));
        button("Sign out").click();

        signInWith(email, TestShops.PASSWORD);
        page.getByLabel("Code", new Page.GetByLabelOptions().setExact(true))
                .fill(app.recoveryCodes().get(0));
        button("Continue").click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("The code is wrong or was already used");
    }

    @Test
    void aShopThatRequiresTwoStepVerificationSendsAUserToSetItUpBeforeAnythingElse() {
        new ApiClient(baseUrl())
                .signIn(shop.email(Role.OWNER), TestShops.PASSWORD)
                .patch("/api/v1/settings/security", Map.of("mfaRequiredRoles", List.of("technician")));

        page.navigate("/customers");
        signInWith(shop.email(Role.TECHNICIAN), TestShops.PASSWORD);
        assertThat(page).hasURL(Pattern.compile("/account/security$"));
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Your shop requires two-step verification");
        assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main")))
                .hasCount(0);
        tab.screenshot("mfa-required");
        page.navigate("/vehicles");
        assertThat(page).hasURL(Pattern.compile("/account/security$"));

        button("Set up two-step verification").click();
        Authenticator app = new Authenticator(
                Authenticator.decode(page.locator("#totp-secret").textContent().replace(" ", "")), List.of(), clock);
        page.getByLabel("6-digit code").fill(app.code());
        button("Turn on").click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("I have saved them"))
                .click();

        assertThat(page).hasURL(Pattern.compile("/my-jobs$"));
        page.navigate("/vehicles");
        assertThat(page).hasURL(Pattern.compile("/vehicles$"));
    }

    @Test
    void anExpiredSessionLeadsToSignInAndAfterwardsBackToThePageAskedFor() {
        page.navigate("/login");
        signInWith(shop.email(Role.VIEWER), TestShops.PASSWORD);
        assertThat(page).hasURL(Pattern.compile("/today$"));

        clock.advance(Duration.ofMinutes(31));
        page.navigate("/vehicles?q=abc");

        assertThat(page).hasURL(Pattern.compile("/login\\?next=%2Fvehicles%3Fq%3Dabc$"));
        signInWith(shop.email(Role.VIEWER), TestShops.PASSWORD);
        assertThat(page).hasURL(Pattern.compile("/vehicles\\?q=abc$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Vehicles");
    }

    @Test
    void aSessionTheOwnerEndsLeadsToSignInAndAfterwardsBackToThePageAskedFor() {
        page.navigate("/login");
        signInWith(shop.email(Role.TECHNICIAN), TestShops.PASSWORD);
        assertThat(page).hasURL(Pattern.compile("/my-jobs$"));

        try (Browser.Tab ownerTab = browser.open(baseUrl())) {
            Page owner = ownerTab.page();
            owner.navigate("/login?next=%2Fsessions");
            owner.getByLabel("Email").fill(shop.email(Role.OWNER));
            owner.getByLabel("Password").fill(TestShops.PASSWORD);
            owner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                    .click();
            Locator row = owner.locator("#staff-sessions tbody tr")
                    .filter(new Locator.FilterOptions().setHasText("technician of Two-step Garage"));
            assertThat(row).hasCount(1);
            ownerTab.screenshot("staff-sessions");
            row.getByRole(AriaRole.BUTTON).click();
            assertThat(owner.getByRole(AriaRole.STATUS)).hasText("The session has ended.");
            assertThat(owner.locator("#staff-sessions")).not().containsText("technician of Two-step Garage");
            assertThat(ownerTab.cspViolations()).isEmpty();
        }

        page.navigate("/vehicles?q=abc");
        assertThat(page).hasURL(Pattern.compile("/login\\?next=%2Fvehicles%3Fq%3Dabc$"));
        signInWith(shop.email(Role.TECHNICIAN), TestShops.PASSWORD);
        assertThat(page).hasURL(Pattern.compile("/vehicles\\?q=abc$"));
    }

    private void signIn(String email, String password) {
        page.navigate("/login");
        signInWith(email, password);
        assertThat(page).hasURL(Pattern.compile("/(today|my-jobs)$"));
    }

    private void signInWith(String email, String password) {
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password").fill(password);
        button("Sign in").click();
    }

    private Locator button(String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }
}
