package app.pitwall.repairorders;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.access.Role;
import app.pitwall.support.Browser;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.TestShops;
import app.pitwall.support.Workshop;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The shop floor in Chromium: the job board on a screen keeps itself current through htmx polling, and a technician
 * works their job from a tablet. No page may trip the Content Security Policy or overflow the screen.
 */
@PitwallIntegrationTest
class ShopFloorBrowserTest {

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
        shop = Workshop.open(shops, "http://localhost:" + port, "Browser Garage");
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
    void theJobBoardShowsAnOrderOpenedElsewhereWithinTenSeconds() {
        tab = browser.open("http://localhost:" + port, 1440, 900);
        page = tab.page();
        page.clock().install();
        signIn(shop.shop.email(Role.SERVICE_ADVISOR), "/job-board");
        assertThat(page.getByTestId("jb-column-ESTIMATE")).containsText("0");

        long number = shop.openOrder(java.util.List.of(shop.filterJob()))
                .get("number")
                .asLong();
        page.clock().runFor(11_000);

        assertThat(page.getByTestId("jb-column-ESTIMATE")).containsText("Repair order " + number);
        tab.screenshot("job-board");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Repair order " + number))
                .click();
        assertThat(page.getByTestId("ro-status")).hasText("Estimate");
        tab.screenshot("repair-order");
    }

    @Test
    void aTechnicianWritesUpAndFinishesTheirJobOnATablet() {
        shop.orderIn(RepairOrder.Status.IN_PROGRESS);
        tab = browser.open("http://localhost:" + port, 768, 1024);
        page = tab.page();
        signIn(shop.shop.email(Role.TECHNICIAN), "/my-jobs");

        page.getByLabel("Cause").fill("Pads worn to 2 mm");
        page.getByTestId("mj-save").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Job saved.");
        assertThat(page.getByLabel("Cause")).hasValue("Pads worn to 2 mm");
        page.getByTestId("mj-done").click();
        assertThat(page.getByTestId("mj-job-done-tag")).isVisible();
        assertThat(fitsTheScreenWidth()).isTrue();
        tab.screenshot("tablet-my-jobs");
        page.getByTestId("mj-move-READY").click();

        assertThat(page.getByTestId("mj-none")).isVisible();
    }

    @Test
    void anAdvisorSendsTheEstimateAndCopiesTheCustomersLink() {
        String id = Workshop.id(shop.orderIn(RepairOrder.Status.ESTIMATE));
        tab = browser.open("http://localhost:" + port, 1280, 900);
        page = tab.page();
        tab.context().grantPermissions(java.util.List.of("clipboard-read", "clipboard-write"));
        signIn(shop.shop.email(Role.SERVICE_ADVISOR), "/repair-orders/" + id);

        page.getByTestId("ro-send-approval").click();
        assertThat(page.getByTestId("ro-approval-url")).hasValue(Pattern.compile("/approvals/.+"));
        page.getByTestId("ro-copy-approval-url").click();

        assertThat(page.getByTestId("ro-copy-approval-url")).hasText("Copied");
        assertThat(page.evaluate("() => navigator.clipboard.readText()").toString())
                .contains("/approvals/");
    }

    private boolean fitsTheScreenWidth() {
        return (Boolean)
                page.evaluate("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth");
    }

    private void signIn(String email, String path) {
        page.navigate(path);
        assertThat(page).hasURL(Pattern.compile("/login\\?next="));
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password").fill(TestShops.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        assertThat(page).hasURL(Pattern.compile(path + "$"));
    }
}
