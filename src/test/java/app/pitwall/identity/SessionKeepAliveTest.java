package app.pitwall.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.access.Role;
import app.pitwall.support.BrowserExtension;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.TestShops;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.RequestOptions;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The page's session keep-alive ({@code js/session.js}), with the browser's clock moved instead of waiting: a page in
 * use refreshes the session shortly before the access credential runs out, a page left alone does not (so the
 * server's idle timeout still ends it) but refreshes at the next key press, and a session ended elsewhere is reported.
 */
@PitwallIntegrationTest
class SessionKeepAliveTest {

    private static final String NINE_AND_A_HALF_MINUTES = "09:30";

    @RegisterExtension
    static final BrowserExtension browser = new BrowserExtension();

    @Autowired
    TestShops shops;

    Page page;
    List<String> refreshes = new CopyOnWriteArrayList<>();

    @BeforeEach
    void signInOnTheCustomerList() {
        TestShops.Shop shop = shops.create("Keep-alive Garage");
        page = browser.page();
        page.clock().install();
        page.onRequest(this::remember);
        browser.signIn(shop.email(Role.SERVICE_ADVISOR));
        assertThat(page).hasURL(Pattern.compile("/today$"));
        page.navigate("/customers");
    }

    @Test
    void aPageInUseRefreshesTheSessionShortlyBeforeTheAccessCredentialRunsOut() {
        String spent = cookie("__Secure-pitwall-refresh");
        page.getByLabel("Find a customer").press("Shift");

        Response refreshed = page.waitForResponse(
                response -> response.url().endsWith("/api/v1/auth/refresh"),
                () -> page.clock().fastForward(NINE_AND_A_HALF_MINUTES));

        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(refreshed.headerValues("set-cookie"))
                .anyMatch(header -> header.startsWith("__Secure-pitwall-refresh=")
                        && !header.startsWith("__Secure-pitwall-refresh=" + spent + ";"));
        page.navigate("/vehicles");
        assertThat(page).hasURL(Pattern.compile("/vehicles$"));
    }

    @Test
    void aPageLeftAloneIsNotKeptAliveButRefreshesAtTheNextKeyPress() {
        page.clock().fastForward(NINE_AND_A_HALF_MINUTES);

        Response refreshed = page.waitForResponse(
                response -> response.url().endsWith("/api/v1/auth/refresh"),
                () -> page.getByLabel("Find a customer").press("Shift"));

        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(refreshes).hasSize(1);
    }

    @Test
    void aSessionEndedElsewhereIsReportedOnThePage() {
        List<Cookie> stillHeld = browser.tab().context().cookies();
        String token = page.locator("meta[name=csrf-token]").getAttribute("content");
        APIResponse endedElsewhere = page.request()
                .post("/api/v1/auth/logout", RequestOptions.create().setHeader("X-CSRF-TOKEN", token));
        assertThat(endedElsewhere.status()).isEqualTo(200);
        browser.tab().context().addCookies(stillHeld);
        page.getByLabel("Find a customer").press("Shift");

        Response refused = page.waitForResponse(
                response -> response.url().endsWith("/api/v1/auth/refresh"),
                () -> page.clock().fastForward(NINE_AND_A_HALF_MINUTES));

        assertThat(refused.status()).isEqualTo(401);
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Your session has ended");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in again")))
                .hasAttribute("href", "/login?next=%2Fcustomers");
    }

    private void remember(Request request) {
        if (request.url().endsWith("/api/v1/auth/refresh")) {
            refreshes.add(request.url());
        }
    }

    private String cookie(String name) {
        return browser.tab().context().cookies().stream()
                .filter(cookie -> cookie.name.equals(name))
                .map(cookie -> cookie.value)
                .findFirst()
                .orElse("");
    }
}
