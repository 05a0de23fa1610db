package app.pitwall.appointments;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.access.Role;
import app.pitwall.support.BrowserExtension;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.TestShops;
import app.pitwall.support.Workshop;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The booking and canned-job forms in Chromium: the customer picker fills in as the advisor types (htmx), the
 * customer's only vehicle is chosen with them, and the canned-job form shows the inputs of the chosen line kind. No
 * page may trip the Content Security Policy.
 */
@PitwallIntegrationTest
class CalendarBrowserTest {

    @RegisterExtension
    static final BrowserExtension browser = new BrowserExtension();

    @Autowired
    TestShops shops;

    Workshop shop;

    @BeforeEach
    void openShop() {
        shop = Workshop.open(shops, browser.baseUrl(), "Browser Calendar Garage");
        shop.as(Role.MANAGER)
                .post(
                        "/api/v1/bays",
                        Map.of("locationId", shop.shop.mainLocation().toString(), "name", "Lift 1"));
    }

    @Test
    void anAdvisorFindsTheCustomerAsTheyTypeAndBooksThem() {
        Page page = browser.signIn(shop.shop, Role.SERVICE_ADVISOR, "/appointments");

        page.locator("#new-appointment").click();
        page.waitForURL(Pattern.compile("/appointments/new"));
        page.getByLabel("Find a customer").fill("Diaz");
        page.locator("#customerId").selectOption(new SelectOption().setLabel("Diaz, Rosa"));
        assertThat(page.locator("#vehicleId")).hasValue(shop.vehicle);
        page.getByLabel("Date").fill("2031-05-06");
        page.getByLabel("Start time").fill("14:30");
        page.getByLabel("Duration (minutes)").fill("90");
        page.getByLabel("Bay").selectOption(new SelectOption().setLabel("Lift 1"));
        page.getByLabel("Requested services").fill("Brake inspection");
        browser.screenshot("appointment-form");
        page.locator("#save-appointment").click();

        assertThat(page).hasURL(Pattern.compile("/appointments/[0-9a-f-]{36}\\?notice=appointment-booked"));
        assertThat(page.locator("#appointment-details")).containsText("14:30–16:00");
        page.locator("#back-to-calendar").click();
        assertThat(page.locator("#cal-day")).containsText("Diaz, Rosa");
        browser.screenshot("calendar-day");
    }

    @Test
    void theCannedJobFormShowsTheInputsOfTheChosenKind() {
        Page page = browser.signIn(shop.shop, Role.SERVICE_ADVISOR, "/canned-jobs");

        page.locator("#new-canned-job").click();
        page.waitForURL(Pattern.compile("/canned-jobs/new$"));
        assertThat(page.locator("#lines-0-hours")).isHidden();
        page.locator("#lines-0-kind").selectOption("LABOR");

        assertThat(page.locator("#lines-0-hours")).isVisible();
        assertThat(page.locator("#lines-0-partNumber")).isHidden();
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Diagnosis");
        page.getByLabel("Job title").fill("Diagnose warning light");
        page.locator("#lines-0-description").fill("Scan and test");
        page.locator("#lines-0-hours").fill("1");
        browser.screenshot("canned-job-form");
        page.locator("#save-canned-job").click();

        assertThat(page).hasURL(Pattern.compile("/canned-jobs\\?notice=canned-job-created"));
        assertThat(page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Diagnosis").setExact(true)))
                .isVisible();
    }
}
