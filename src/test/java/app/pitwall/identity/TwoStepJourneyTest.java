package app.pitwall.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.access.Role;
import app.pitwall.support.ApiClient;
import app.pitwall.support.Browser;
import app.pitwall.support.BrowserExtension;
import app.pitwall.support.MutableClock;
import app.pitwall.support.MutableClockConfiguration;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.TestShops;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Two-step verification and session expiry in Chromium, with the application's clock moved instead of waiting: a user
 * sets up an authenticator app from the QR code's key, keeps the recovery codes, and signs in again with password and
 * code; a shop's requirement sends a user to set it up before anything else; a session that expired or was ended by
 * the owner leads to signing in and back to the page asked for.
 */
@PitwallIntegrationTest
@Import(MutableClockConfiguration.class)
class TwoStepJourneyTest {

    @RegisterExtension
    static final BrowserExtension browser = new BrowserExtension();

    @Autowired
    TestShops shops;

    @Autowired
    MutableClock clock;

    TestShops.Shop shop;
    Page page;

    @BeforeEach
    void openShop() {
        shop = shops.create("Two-step Garage");
        page = browser.page();
    }

    @Test
    void aUserSetsUpAnAuthenticatorAppAndSignsInWithPasswordAndCode() {
        String email = shop.email(Role.SERVICE_ADVISOR);
        browser.signIn(email);
        page.locator("header")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("My account"))
                .click();
        assertThat(page).hasURL(Pattern.compile("/account/security$"));
        button("Set up two-step verification").click();

        assertThat(page.locator("img.qr-code")).hasAttribute("src", Pattern.compile("^data:image/svg\\+xml;base64,"));
        Authenticator app = new Authenticator(
                Authenticator.decode(page.locator("#totp-secret").textContent().replace(" ", "")), List.of(), clock);
        browser.screenshot("mfa-setup");
        page.getByLabel("6-digit code").fill(app.wrongCode());
        button("Turn on").click();
        assertThat(page.locator("#code-error")).containsText("does not match");
        assertThat(page.locator("img.qr-code")).isVisible();
        page.getByLabel("6-digit code").fill(app.code());
        button("Turn on").click();

        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Save these recovery codes now");
        List<String> recoveryCodes = page.locator("#recovery-codes code").allTextContents();
        assertThat(recoveryCodes).hasSize(10).doesNotHaveDuplicates();
        browser.screenshot("mfa-recovery-codes");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("I have saved them"))
                .click();
        button("Sign out").click();

        page.navigate("/vehicles");
        browser.tab().submitSignIn(email, TestShops.PASSWORD);
        assertThat(page).hasURL(Pattern.compile("/login/code\\?next=%2Fvehicles$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Two-step verification");
        browser.screenshot("mfa-sign-in-code");
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
        browser.screenshot("account-security-on");
    }

    @Test
    void aRecoveryCodeSignsInOnceInsteadOfACode() {
        String email = shop.email(Role.TECHNICIAN);
        Authenticator app = MfaSteps.enrol(new ApiClient(browser.baseUrl()).signIn(email, TestShops.PASSWORD), clock);

        page.navigate("/login");
        browser.tab().submitSignIn(email, TestShops.PASSWORD);
        page.getByLabel("Code", new Page.GetByLabelOptions().setExact(true))
                .fill(app.recoveryCodes().get(0));
        button("Continue").click();
        assertThat(page).hasURL(Pattern.compile("/my-jobs$"));
        button("Sign out").click();

        browser.tab().submitSignIn(email, TestShops.PASSWORD);
        page.getByLabel("Code", new Page.GetByLabelOptions().setExact(true))
                .fill(app.recoveryCodes().get(0));
        button("Continue").click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("The code is wrong or was already used");
    }

    @Test
    void aShopThatRequiresTwoStepVerificationSendsAUserToSetItUpBeforeAnythingElse() {
        new ApiClient(browser.baseUrl())
                .signIn(shop.email(Role.OWNER), TestShops.PASSWORD)
                .patch("/api/v1/settings/security", Map.of("mfaRequiredRoles", List.of("technician")));

        page.navigate("/customers");
        browser.tab().submitSignIn(shop.email(Role.TECHNICIAN), TestShops.PASSWORD);
        assertThat(page).hasURL(Pattern.compile("/account/security$"));
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Your shop requires two-step verification");
        assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main")))
                .hasCount(0);
        browser.screenshot("mfa-required");
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
        browser.tab().submitSignIn(shop.email(Role.VIEWER), TestShops.PASSWORD);
        assertThat(page).hasURL(Pattern.compile("/today$"));

        clock.advance(Duration.ofMinutes(31));
        page.navigate("/vehicles?q=abc");

        assertThat(page).hasURL(Pattern.compile("/login\\?next=%2Fvehicles%3Fq%3Dabc$"));
        browser.tab().submitSignIn(shop.email(Role.VIEWER), TestShops.PASSWORD);
        assertThat(page).hasURL(Pattern.compile("/vehicles\\?q=abc$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Vehicles");
    }

    @Test
    void aSessionTheOwnerEndsLeadsToSignInAndAfterwardsBackToThePageAskedFor() {
        page.navigate("/login");
        browser.tab().submitSignIn(shop.email(Role.TECHNICIAN), TestShops.PASSWORD);
        assertThat(page).hasURL(Pattern.compile("/my-jobs$"));

        try (Browser.Tab ownerTab = browser.another()) {
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
        }

        page.navigate("/vehicles?q=abc");
        assertThat(page).hasURL(Pattern.compile("/login\\?next=%2Fvehicles%3Fq%3Dabc$"));
        browser.tab().submitSignIn(shop.email(Role.TECHNICIAN), TestShops.PASSWORD);
        assertThat(page).hasURL(Pattern.compile("/vehicles\\?q=abc$"));
    }

    private Locator button(String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
