package app.pitwall.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.access.Role;
import app.pitwall.support.ApiClient;
import app.pitwall.support.BrowserExtension;
import app.pitwall.support.MutableClock;
import app.pitwall.support.MutableClockConfiguration;
import app.pitwall.support.PageClient;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.TestShops;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Signing in on the page with two-step verification: the password leads to the code page, a wrong code is refused
 * there, the right one opens the page asked for. A user whose business requires two-step verification but who has
 * not set it up is sent to set it up instead of being shown a bare refusal.
 */
@PitwallIntegrationTest
@Import(MutableClockConfiguration.class)
class MfaSignInJourneyTest {

    @RegisterExtension
    static final BrowserExtension browser = new BrowserExtension();

    @Autowired
    TestShops shops;

    @Autowired
    MutableClock clock;

    @Test
    void aUserWithAnAuthenticatorAppSignsInWithPasswordAndThenACode() {
        TestShops.Shop shop = shops.create("Two-step Garage");
        String email = shop.email(Role.SERVICE_ADVISOR);
        Authenticator app = MfaSteps.enrol(new ApiClient(browser.baseUrl()).signIn(email, TestShops.PASSWORD), clock);

        Page page = browser.page();
        page.navigate("/vehicles");
        assertThat(page).hasURL(Pattern.compile("/login\\?next=%2Fvehicles$"));
        browser.tab().submitSignIn(email, TestShops.PASSWORD);

        assertThat(page).hasURL(Pattern.compile("/login/code\\?next=%2Fvehicles$"));
        page.getByLabel("Code").fill(app.wrongCode());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("The code is wrong");

        page.getByLabel("Code").fill(app.nextCode());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue"))
                .click();
        assertThat(page).hasURL(Pattern.compile("/vehicles$"));
        assertThat(page.locator("header")).containsText("Service advisor");
    }

    @Test
    void aUserWhoMustStillSetUpTwoStepVerificationIsSentToSetItUpFromEveryPage() {
        TestShops.Shop shop = shops.create("Required Two-step Garage");
        new ApiClient(browser.baseUrl())
                .signIn(shop.email(Role.OWNER), TestShops.PASSWORD)
                .patch("/api/v1/settings/security", Map.of("mfaRequiredRoles", List.of("technician")));
        PageClient technician =
                new PageClient(browser.baseUrl()).signIn(shop.email(Role.TECHNICIAN), TestShops.PASSWORD);

        PageClient.Answer customers = technician.get("/customers");
        PageClient.Answer signOut = technician.get("/logout");

        assertThat(customers.status()).isEqualTo(302);
        assertThat(customers.header("Location")).endsWith("/account/security");
        assertThat(technician.get("/account/security").body()).contains("requires two-step verification");
        assertThat(signOut.status()).isEqualTo(200);
    }
}
