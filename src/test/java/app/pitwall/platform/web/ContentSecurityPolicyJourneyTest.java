package app.pitwall.platform.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.access.Role;
import app.pitwall.support.ApiClient;
import app.pitwall.support.BrowserExtension;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.TestShops;
import com.microsoft.playwright.ConsoleMessage;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every kind of page, with htmx at work, runs under the strict Content Security Policy (scripts and styles from this
 * site only, nothing inline) without a single violation; and the browser does report one as soon as something inline
 * appears, so the silence means something.
 */
@PitwallIntegrationTest
class ContentSecurityPolicyJourneyTest {

    @RegisterExtension
    static final BrowserExtension browser = new BrowserExtension();

    @Autowired
    TestShops shops;

    @Test
    void noPageTripsThePolicyAndAnInlineStyleWouldBeCaught() {
        TestShops.Shop shop = shops.create("Policy Garage");
        ApiClient owner = new ApiClient(browser.baseUrl()).signIn(shop.email(Role.OWNER), TestShops.PASSWORD);
        String customer = owner.post("/api/v1/customers", Map.of("lastName", "Quist", "phones", List.of("555 0101")))
                .json()
                .get("id")
                .asString();
        String vehicle = owner.post(
                        "/api/v1/vehicles", Map.of("customerId", customer, "vin", "WVWZZZ1JZXW000001", "plate", "QU 1"))
                .json()
                .get("id")
                .asString();

        Page page = browser.signIn(shop, Role.OWNER, "/customers/" + customer);
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
        assertThat(browser.tab().cspViolations()).isEmpty();

        browser.tab().allowCspViolations();
        ConsoleMessage reported = page.waitForConsoleMessage(
                new Page.WaitForConsoleMessageOptions()
                        .setPredicate(message -> message.text().contains("Content Security Policy")
                                || message.text().startsWith("CSP violation")),
                () -> page.evaluate("document.querySelector('h1').setAttribute('style', 'color: red')"));

        assertThat(reported.text()).contains("style");
        assertThat(browser.tab().cspViolations()).isNotEmpty();
    }
}
