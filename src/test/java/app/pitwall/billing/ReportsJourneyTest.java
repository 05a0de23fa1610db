package app.pitwall.billing;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.access.Role;
import app.pitwall.support.BrowserExtension;
import app.pitwall.support.MainNavigation;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.TestShops;
import app.pitwall.support.Workshop;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The bookkeeper's reports in Chromium: under Reports, the accounting export takes a period and a format and
 * downloads the file, and shows a period that ends before it starts again with the problem; the aging page shows what
 * the customer owes. Screenshots go under {@code target/screenshots}.
 */
@PitwallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportsJourneyTest {

    @RegisterExtension
    static final BrowserExtension browser = new BrowserExtension();

    @Autowired
    TestShops shops;

    @LocalServerPort
    int port;

    Workshop shop;
    JsonNode invoice;

    @BeforeAll
    void postAnInvoice() {
        shop = Workshop.open(shops, "http://localhost:" + port, "Reports Garage");
        invoice = new Billed(shop).postedInvoice();
    }

    @Test
    void theBookkeeperDownloadsThePeriodForQuickBooks() throws IOException {
        Page page = browser.signIn(shop.shop, Role.BOOKKEEPER, "/today");
        MainNavigation.follow(page, "Accounting export");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        page.getByLabel("First posting day").fill(today.minusDays(1).toString());
        page.getByLabel("Last posting day").fill(today.plusDays(1).toString());
        page.getByLabel("File format").selectOption("IIF");
        browser.screenshot("accounting-export");

        Download download = page.waitForDownload(
                () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Download"))
                        .click());

        assertThat(download.suggestedFilename()).endsWith("-iif.iif");
        String iif = Files.readString(download.path());
        assertThat(iif)
                .startsWith("!TRNS")
                .contains("TRNS\tINVOICE\t")
                .contains(invoice.get("number").asString());
    }

    @Test
    void aPeriodEndingBeforeItStartsIsShownAgainWithTheProblem() {
        Page page = browser.signIn(shop.shop, Role.BOOKKEEPER, "/reports/accounting");
        page.getByLabel("First posting day").fill("2026-03-02");
        page.getByLabel("Last posting day").fill("2026-03-01");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Download"))
                .click();

        assertThat(page.getByTestId("error-summary")).containsText("must not be before the first posting day");
        assertThat(page.getByLabel("First posting day")).hasValue("2026-03-02");
        browser.screenshot("accounting-export-refused");
    }

    @Test
    void theAgingPageShowsWhatTheCustomerOwes() {
        Page page = browser.signIn(shop.shop, Role.BOOKKEEPER, "/reports/receivables");

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Receivables")))
                .isVisible();
        Locator customers = page.locator("section[aria-labelledby=receivables-customers] tbody tr");
        assertThat(customers).hasCount(1);
        for (String word : invoice.get("payer").get("name").asString().split(" ")) {
            assertThat(customers).containsText(word);
        }
        assertThat(page.locator("section[aria-labelledby=receivables-payers]")).containsText("Nothing is owed.");
        browser.screenshot("receivables");
        browser.open(390, 844);
        browser.signIn(shop.shop, Role.BOOKKEEPER, "/reports/receivables");
        browser.screenshot("receivables-phone");
    }
}
