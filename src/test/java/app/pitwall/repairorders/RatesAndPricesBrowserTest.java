package app.pitwall.repairorders;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.access.Role;
import app.pitwall.support.Browser;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.TestShops;
import app.pitwall.support.Workshop;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
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

/**
 * Pins two defects a new shop met (issue #10), in Chromium: a canned job whose labor line has no rate takes the
 * location's default rate when the advisor adds it (defect 1); a unit price finer than the currency's cents (8.505) is
 * refused at its input, and what the customer's page prints multiplies out (defect 2).
 */
@PitwallIntegrationTest
class RatesAndPricesBrowserTest {

    static Browser browser;

    @Autowired
    TestShops shops;

    @LocalServerPort
    int port;

    Workshop shop;
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
    void openTheShop() {
        shop = Workshop.open(shops, "http://localhost:" + port, "Rates Garage");
        tab = browser.open("http://localhost:" + port, 1280, 900);
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
    void aCannedJobWithoutARateTakesTheLocationsDefaultRate() {
        Workshop.created(shop.advisor()
                .post(
                        "/api/v1/canned-jobs",
                        Map.of(
                                "name",
                                "Alignment",
                                "title",
                                "Four-wheel alignment",
                                "lines",
                                List.of(Map.of("kind", "LABOR", "description", "Align four wheels", "hours", "1.5")))));
        String id = Workshop.id(shop.openOrder(List.of()));
        signIn("/repair-orders/" + id);

        page.locator("#cannedJobId").selectOption(new SelectOption().setLabel("Alignment · Four-wheel alignment"));
        page.getByTestId("ro-add-canned-job").click();

        Locator job = page.getByTestId("ro-job").filter(new Locator.FilterOptions().setHasText("Four-wheel alignment"));
        assertThat(job.getByTestId("ro-line")).containsText("120.00");
        assertThat(job.getByTestId("ro-line")).containsText("180.00");
        assertThat(page.locator("#main")).not().containsText("laborRateId");
    }

    @Test
    void aPriceFinerThanCentsIsRefusedAndPrintedLinesMultiplyOut() {
        String id = Workshop.id(shop.openOrder(List.of(shop.filterJob())));
        signIn("/repair-orders/" + id);

        page.getByTestId("ro-add-PART").first().click();
        page.getByLabel("Description").fill("Engine oil, 1 qt");
        page.getByLabel("Quantity").fill("5");
        page.getByLabel("Unit price").fill("8.505");
        page.getByTestId("ro-line-save").click();

        assertThat(page.locator("#unitPrice-error")).isVisible();
        assertThat(page.getByLabel("Unit price")).hasValue("8.505");

        page.getByLabel("Unit price").fill("8.50");
        page.getByTestId("ro-line-save").click();
        Locator line = page.getByTestId("ro-line").filter(new Locator.FilterOptions().setHasText("Engine oil"));
        assertThat(line).containsText("42.50");

        page.getByTestId("ro-send-approval").click();
        String link = page.getByTestId("ro-approval-url").inputValue();
        Browser.Tab phone = browser.open("http://localhost:" + port, 390, 844);
        try {
            phone.page().navigate(link.substring(link.indexOf("/approvals/")));
            Locator main = phone.page().locator("#main");
            assertThat(main).containsText("5 × $8.50");
            assertThat(main).containsText("$42.50");
            assertThat(main).not().containsText("$42.53");
            phone.screenshot("approval-lines-multiply-out");
            assertThat(phone.cspViolations()).isEmpty();
        } finally {
            phone.close();
        }
    }

    private void signIn(String path) {
        page.navigate(path);
        assertThat(page).hasURL(Pattern.compile("/login\\?next="));
        page.getByLabel("Email").fill(shop.shop.email(Role.SERVICE_ADVISOR));
        page.getByLabel("Password").fill(TestShops.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        assertThat(page).hasURL(Pattern.compile(path + "$"));
    }
}
