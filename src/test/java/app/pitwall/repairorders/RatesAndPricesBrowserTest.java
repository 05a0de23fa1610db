package app.pitwall.repairorders;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.access.Role;
import app.pitwall.support.Browser;
import app.pitwall.support.BrowserExtension;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.TestShops;
import app.pitwall.support.Workshop;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Pins two defects a new shop met (issue #10), in Chromium: a canned job whose labor line has no rate takes the
 * location's default rate when the advisor adds it (defect 1); a unit price finer than the currency's cents (8.505) is
 * refused at its input, and what the customer's page prints multiplies out (defect 2).
 */
@PitwallIntegrationTest
class RatesAndPricesBrowserTest {

    @RegisterExtension
    static final BrowserExtension browser = new BrowserExtension();

    @Autowired
    TestShops shops;

    Workshop shop;

    @BeforeEach
    void openTheShop() {
        shop = Workshop.open(shops, browser.baseUrl(), "Rates Garage");
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
        Page page = browser.signIn(shop.shop, Role.SERVICE_ADVISOR, "/repair-orders/" + id);

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
        Page page = browser.signIn(shop.shop, Role.SERVICE_ADVISOR, "/repair-orders/" + id);

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
        Browser.Tab phone = browser.another(390, 844);
        phone.page().navigate(link.substring(link.indexOf("/approvals/")));
        Locator main = phone.page().locator("#main");
        assertThat(main).containsText("5 × $8.50");
        assertThat(main).containsText("$42.50");
        assertThat(main).not().containsText("$42.53");
        phone.screenshot("approval-lines-multiply-out");
    }
}
