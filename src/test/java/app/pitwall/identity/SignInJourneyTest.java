package app.pitwall.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.access.Role;
import app.pitwall.support.ApiClient;
import app.pitwall.support.Browser;
import app.pitwall.support.BrowserExtension;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.TestShops;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Signing in and out in Chromium: a page asked for without a session leads to the sign-in page and back to that page;
 * an expired access credential is renewed on the way without asking again; a wrong password is answered generically;
 * the return address can only be a page of this site.
 */
@PitwallIntegrationTest
class SignInJourneyTest {

    @RegisterExtension
    static final BrowserExtension browser = new BrowserExtension();

    @Autowired
    TestShops shops;

    TestShops.Shop shop;
    Page page;
    List<String> pagesShown = new CopyOnWriteArrayList<>();

    @BeforeEach
    void openShop() {
        shop = shops.create("Sign-in Garage");
        page = browser.page();
        page.onResponse(this::remember);
    }

    @Test
    void aPageAskedForWithoutASessionLeadsToSignInAndBackToThatPage() {
        String id = new ApiClient(browser.baseUrl())
                .signIn(shop.email(Role.SERVICE_ADVISOR), TestShops.PASSWORD)
                .post("/api/v1/customers", Map.of("firstName", "Lena", "lastName", "Park"))
                .json()
                .get("id")
                .asString();

        page.navigate("/customers/" + id);
        assertThat(page).hasURL(Pattern.compile("/login\\?next=%2Fcustomers%2F" + id + "$"));
        browser.tab().submitSignIn(shop.email(Role.TECHNICIAN), TestShops.PASSWORD);

        assertThat(page).hasURL(Pattern.compile("/customers/" + id + "$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Park, Lena");
        assertThat(page.locator("header")).containsText("Technician");
    }

    @Test
    void anExpiredAccessCredentialIsRenewedOnTheWayWithoutAskingToSignInAgain() {
        page.navigate("/login");
        browser.tab().submitSignIn(shop.email(Role.VIEWER), TestShops.PASSWORD);
        assertThat(page).hasURL(Pattern.compile("/today$"));
        browser.tab().context().clearCookies(new BrowserContext.ClearCookiesOptions().setName("__Host-pitwall-access"));
        pagesShown.clear();

        page.navigate("/vehicles?q=abc");

        assertThat(page).hasURL(Pattern.compile("/vehicles\\?q=abc$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Vehicles");
        assertThat(pagesShown).anyMatch(url -> url.contains("/session/resume"));
        assertThat(pagesShown).noneMatch(url -> url.contains("/login"));
    }

    @Test
    void aWrongPasswordGetsOneGenericAnswerAndKeepsTheEmail() {
        page.navigate("/login?next=%2Fvehicles");
        browser.tab().submitSignIn(shop.email(Role.OWNER), "not the password at all");

        assertThat(page.getByRole(AriaRole.ALERT))
                .hasText("The email or password is wrong, or the account cannot sign in.");
        assertThat(page.getByLabel("Email")).hasValue(shop.email(Role.OWNER));
        assertThat(page.getByLabel("Password")).hasValue("");

        page.getByLabel("Password").fill(TestShops.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        assertThat(page).hasURL(Pattern.compile("/vehicles$"));
    }

    @Test
    void signingOutEndsTheSessionSoPagesAskToSignInAgain() {
        page.navigate("/login");
        browser.tab().submitSignIn(shop.email(Role.MANAGER), TestShops.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))
                .click();

        assertThat(page).hasURL(Pattern.compile("/login\\?notice=signed-out$"));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("You have signed out.");
        page.navigate("/customers");
        assertThat(page).hasURL(Pattern.compile("/login\\?next=%2Fcustomers$"));
    }

    @Test
    void afterSigningInTheBrowserOnlyEverGoesToAPageOfThisSite() {
        for (String next : List.of("https://evil.example/", "//evil.example/", "/\\evil.example", "/api/v1/me")) {
            Browser.Tab fresh = browser.another();
            try {
                Page other = fresh.page();
                other.navigate(
                        "/login?next=" + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8));
                other.getByLabel("Email").fill(shop.email(Role.OWNER));
                other.getByLabel("Password").fill(TestShops.PASSWORD);
                other.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                        .click();
                assertThat(other).hasURL(browser.baseUrl() + "/today");
            } finally {
                fresh.close();
            }
        }
    }

    private void remember(Response response) {
        if (response.request().isNavigationRequest()) {
            pagesShown.add(response.url());
        }
    }
}
