package app.pitwall.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.access.Role;
import app.pitwall.support.Browser;
import app.pitwall.support.BrowserExtension;
import app.pitwall.support.MainNavigation;
import app.pitwall.support.MutableClockConfiguration;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.ResetLinks;
import app.pitwall.support.TestShops;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Getting people in, in Chromium: a business signs up; an owner invites someone on the staff page and the invitee
 * accepts the link in their own browser and lands signed in; a forgotten password is reset through the emailed link.
 * Also looks at the staff and settings pages at desktop and phone width.
 */
@PitwallIntegrationTest
@Import(MutableClockConfiguration.class)
class StaffJourneyTest {

    private static final String NEW_PASSWORD = "paddock lantern violet 1987";

    @RegisterExtension
    static final BrowserExtension browser = new BrowserExtension();

    @Autowired
    TestShops shops;

    TestShops.Shop shop;
    Page page;

    @BeforeEach
    void openShop() {
        shop = shops.create("Staff Garage");
        page = browser.page();
    }

    @Test
    void aBusinessSignsUpAndLandsSignedInAsItsOwner() {
        String email = "owner-" + UUID.randomUUID() + "@signup.example";
        page.navigate("/login");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New to Pitwall? Sign up your shop"))
                .click();
        assertThat(page.getByLabel("Time zone")).not().hasValue("");
        page.getByLabel("Business name").fill("Harbor Detailing");
        page.getByText("Detailing", new Page.GetByTextOptions().setExact(true)).click();
        page.getByLabel("Your name").fill("Rosa Marquez");
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password").fill("password1234");
        button("Create my shop").click();

        assertThat(page.locator("#password-error")).containsText("most common passwords");
        assertThat(page.getByLabel("Business name")).hasValue("Harbor Detailing");
        assertThat(page.getByLabel("Email")).hasValue(email);
        browser.screenshot("sign-up-refused");
        page.getByLabel("Password").fill(NEW_PASSWORD);
        button("Create my shop").click();

        assertThat(page).hasURL(Pattern.compile("/today\\?notice=signed-up$"));
        assertThat(page.locator("header")).containsText("Harbor Detailing");
        assertThat(page.locator("header")).containsText("Owner");
        assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main")))
                .containsText("Security");
    }

    @Test
    void anInviteeAcceptsTheLinkInTheirOwnBrowserAndLandsSignedIn() {
        browser.signIn(shop.email(Role.MANAGER));
        nav("Staff");
        String invitee = "new-hire-" + UUID.randomUUID() + "@shop.example";
        page.getByLabel("Email", new Page.GetByLabelOptions().setExact(true)).fill(invitee);
        page.getByLabel("Role").selectOption("technician");
        page.locator("#invite").getByText("Staff Garage North").click();
        button("Create invitation").click();

        String link = page.getByLabel("Invitation link").inputValue();
        assertThat(link).contains("/invitations/accept?token=pwi_");
        assertThat(page.locator("#invitations")).containsText(invitee);
        browser.screenshot("staff-invited");
        URI accept = URI.create(link);

        try (Browser.Tab invited = browser.another()) {
            Page other = invited.page();
            other.navigate(accept.getRawPath() + "?" + accept.getRawQuery());
            assertThat(other.locator("#main"))
                    .containsText("Staff Garage invites you to work with them on Pitwall as Technician");
            assertThat(other.getByLabel("Email")).hasValue(invitee);
            other.getByLabel("Your name").fill("Jo Wrench");
            other.getByLabel("Choose a password").fill(NEW_PASSWORD);
            invited.screenshot("invitation-accept");
            other.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create my account"))
                    .click();

            assertThat(other).hasURL(Pattern.compile("/my-jobs\\?notice=joined$"));
            assertThat(other.locator("header")).containsText("Jo Wrench");
            assertThat(other.locator("header")).containsText("Technician");
            other.navigate(accept.getRawPath() + "?" + accept.getRawQuery());
            assertThat(other.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("This invitation cannot be used");
        }

        page.reload();
        Locator row = page.locator("#staff tbody tr").filter(new Locator.FilterOptions().setHasText("Jo Wrench"));
        assertThat(row).containsText("Technician");
        assertThat(row).containsText("Staff Garage North");
        assertThat(page.locator("#invitations")).not().containsText(invitee);
    }

    @Test
    void aForgottenPasswordIsResetThroughTheLinkAndTheNewOneSignsIn() {
        String email = shop.email(Role.SERVICE_ADVISOR);
        String token;
        try (ResetLinks links = new ResetLinks()) {
            page.navigate("/login");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Forgot your password?"))
                    .click();
            page.getByLabel("Email").fill(email);
            button("Send reset link").click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Ask for your reset link");
            token = links.latestToken();
        }

        try (Browser.Tab mail = browser.another()) {
            Page other = mail.page();
            other.navigate("/password-reset?token=" + token);
            other.getByLabel("New password").fill("short");
            other.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set new password"))
                    .click();
            assertThat(other.locator("#newPassword-error")).containsText("too short");
            other.getByLabel("New password").fill(NEW_PASSWORD);
            other.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set new password"))
                    .click();
            assertThat(other).hasURL(Pattern.compile("/login\\?notice=password-reset$"));
            assertThat(other.getByRole(AriaRole.STATUS)).containsText("Your password has been changed");

            other.getByLabel("Email").fill(email);
            other.getByLabel("Password").fill(NEW_PASSWORD);
            other.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                    .click();
            assertThat(other).hasURL(Pattern.compile("/(today|my-jobs)$"));

            other.navigate("/password-reset?token=" + token);
            other.getByLabel("New password").fill("another strong phrase 77");
            other.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set new password"))
                    .click();
            assertThat(other.getByRole(AriaRole.ALERT)).containsText("This reset link is not valid");
        }
    }

    @Test
    void theStaffSessionsAndSettingsPagesFitADesktopAndAPhone() {
        for (int[] size : new int[][] {{1280, 900}, {390, 844}}) {
            page = browser.open(size[0], size[1]).page();
            String prefix = size[0] < 600 ? "phone-" : "";
            browser.signIn(shop.email(Role.OWNER));

            page.navigate("/users");
            assertThat(page.locator("#staff tbody tr")).hasCount(7);
            shoot(prefix + "staff-list");
            page.locator("#staff")
                    .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("technician of Staff Garage"))
                    .click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("technician of Staff Garage");
            shoot(prefix + "staff-member");
            page.navigate("/account/sessions");
            assertThat(page.locator("#live-sessions")).containsText("This session");
            shoot(prefix + "my-sessions");
            page.navigate("/account/security");
            shoot(prefix + "account-security");
            page.navigate("/account/password");
            shoot(prefix + "account-password");
            page.navigate("/settings/security");
            shoot(prefix + "security-settings");
            page.navigate("/sessions");
            shoot(prefix + "staff-sessions");
        }
    }

    @Test
    void theSignInSignUpResetAndSetUpPagesFitAPhone() {
        page = browser.open(390, 844).page();
        for (String path : new String[] {
            "/login", "/signup", "/password-reset", "/password-reset?token=pwr_unknown", "/invitations/accept?token=x"
        }) {
            page.navigate(path);
            shoot("phone" + path.replaceAll("[^a-z]+", "-").replaceAll("-+$", ""));
        }

        browser.signIn(shop.email(Role.TECHNICIAN));
        page.navigate("/account/security");
        button("Set up two-step verification").click();
        assertThat(page.locator("img.qr-code")).isVisible();
        shoot("phone-mfa-setup");
    }

    private void shoot(String name) {
        assertThat(browser.fitsTheScreenWidth())
                .as(name + " fits the screen width")
                .isTrue();
        browser.screenshot(name);
    }

    private void nav(String name) {
        MainNavigation.follow(page, name);
    }

    private Locator button(String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
