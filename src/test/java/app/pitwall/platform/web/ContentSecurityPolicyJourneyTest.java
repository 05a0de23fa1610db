package app.pitwall.platform.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.access.Role;
import app.pitwall.support.ApiClient;
import app.pitwall.support.Browser;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.TestShops;
import com.microsoft.playwright.ConsoleMessage;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every kind of page, with htmx at work, runs under the strict Content Security Policy (scripts and styles from this
 * site only, nothing inline) without a single violation; and the browser does report one as soon as something inline
 * appears, so the silence means something.
 */
@PitwallIntegrationTest
class ContentSecurityPolicyJourneyTest {

    @Autowired
    TestShops shops;

    @LocalServerPort
    int port;

    @Test
    void noPageTripsThePolicyAndAnInlineStyleWouldBeCaught() {
        TestShops.Shop shop = shops.create("Policy Garage");
        String base = "http://localhost:" + port;
        ApiClient owner = new ApiClient(base).signIn(shop.email(Role.OWNER), TestShops.PASSWORD);
        String customer = owner.post("/api/v1/customers", Map.of("lastName", "Quist", "phones", List.of("555 0101")))
                .json()
                .get("id")
                .asString();
        String vehicle = owner.post(
                        "/api/v1/vehicles", Map.of("customerId", customer, "vin", "WVWZZZ1JZXW000001", "plate", "QU 1"))
                .json()
                .get("id")
                .asString();

        try (Browser browser = Browser.launch();
                Browser.Tab tab = browser.open(base)) {
            Page page = tab.page();
            page.navigate("/customers/" + customer);
            assertThat(page).hasURL(Pattern.compile("/login\\?next="));
            page.getByLabel("Email").fill(shop.email(Role.OWNER));
            page.getByLabel("Password").fill(TestShops.PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                    .click();
            assertThat(page.locator("article.vehicle")).containsText("QU 1");

            for (String path : List.of(
                    "/today",
                    "/customers",
                    "/customers/new",
                    "/customers/" + customer + "/edit",
                    "/customers/" + customer + "/delete",
                    "/customers/" + customer + "/vehicles/new",
                    "/vehicles",
                    "/vehicles/" + vehicle + "/edit",
                    "/vehicles/" + vehicle + "/delete",
                    "/logout",
                    "/no-such-page")) {
                page.navigate(path);
                assertThat(page.locator("#main")).isVisible();
            }
            page.navigate("/vehicles/" + vehicle + "/edit");
            page.getByLabel("VIN").fill("");
            page.getByLabel("VIN").pressSequentially("1HGCM82633A004352");
            assertThat(page.locator("#vin-check")).containsText("Honda");
            page.navigate("/customers");
            page.getByLabel("Find a customer").pressSequentially("quis");
            assertThat(page.locator("#customer-results")).containsText("Quist");
            assertThat(tab.cspViolations()).isEmpty();

            ConsoleMessage reported = page.waitForConsoleMessage(
                    new Page.WaitForConsoleMessageOptions()
                            .setPredicate(message -> message.text().contains("Content Security Policy")
                                    || message.text().startsWith("CSP violation")),
                    () -> page.evaluate("document.querySelector('h1').setAttribute('style', 'color: red')"));

            assertThat(reported.text()).contains("style");
            assertThat(tab.cspViolations()).isNotEmpty();
        }
    }
}
