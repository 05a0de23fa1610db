package app.pitwall.repairorders;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.access.Role;
import app.pitwall.support.BrowserExtension;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.TestShops;
import app.pitwall.support.Workshop;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The shop floor in Chromium: the job board on a screen keeps itself current through htmx polling, and a technician
 * works their job from a tablet. No page may trip the Content Security Policy or overflow the screen.
 */
@PitwallIntegrationTest
class ShopFloorBrowserTest {

    @RegisterExtension
    static final BrowserExtension browser = new BrowserExtension();

    @Autowired
    TestShops shops;

    Workshop shop;

    @BeforeEach
    void openTheShop() {
        shop = Workshop.open(shops, browser.baseUrl(), "Browser Garage");
    }

    @Test
    void theJobBoardShowsAnOrderOpenedElsewhereWithinTenSeconds() {
        Page page = browser.open(1440, 900).page();
        page.clock().install();
        browser.signIn(shop.shop, Role.SERVICE_ADVISOR, "/job-board");
        assertThat(page.getByTestId("jb-column-ESTIMATE")).containsText("0");

        long number = shop.openOrder(java.util.List.of(shop.filterJob()))
                .get("number")
                .asLong();
        page.clock().runFor(11_000);

        assertThat(page.getByTestId("jb-column-ESTIMATE")).containsText("Repair order " + number);
        browser.screenshot("job-board");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Repair order " + number))
                .click();
        assertThat(page.getByTestId("ro-status")).hasText("Estimate");
        browser.screenshot("repair-order");
    }

    @Test
    void aTechnicianWritesUpAndFinishesTheirJobOnATablet() {
        shop.orderIn(RepairOrder.Status.IN_PROGRESS);
        browser.open(768, 1024);
        Page page = browser.signIn(shop.shop, Role.TECHNICIAN, "/my-jobs");

        page.getByLabel("Cause").fill("Pads worn to 2 mm");
        page.getByTestId("mj-save").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Job saved.");
        assertThat(page.getByLabel("Cause")).hasValue("Pads worn to 2 mm");
        page.getByTestId("mj-done").click();
        assertThat(page.getByTestId("mj-job-done-tag")).isVisible();
        assertThat(browser.fitsTheScreenWidth()).isTrue();
        browser.screenshot("tablet-my-jobs");
        page.getByTestId("mj-move-READY").click();

        assertThat(page.getByTestId("mj-none")).isVisible();
    }

    @Test
    void anAdvisorSendsTheEstimateAndCopiesTheCustomersLink() {
        String id = Workshop.id(shop.orderIn(RepairOrder.Status.ESTIMATE));
        browser.tab().context().grantPermissions(java.util.List.of("clipboard-read", "clipboard-write"));
        Page page = browser.signIn(shop.shop, Role.SERVICE_ADVISOR, "/repair-orders/" + id);

        page.getByTestId("ro-send-approval").click();
        assertThat(page.getByTestId("ro-approval-url")).hasValue(Pattern.compile("/approvals/.+"));
        page.getByTestId("ro-copy-approval-url").click();

        assertThat(page.getByTestId("ro-copy-approval-url")).hasText("Copied");
        assertThat(page.evaluate("() => navigator.clipboard.readText()").toString())
                .contains("/approvals/");
    }
}
