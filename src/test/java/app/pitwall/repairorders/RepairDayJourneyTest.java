package app.pitwall.repairorders;

import static app.pitwall.support.Workshop.created;
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
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Issue #5's day in the shop, in Chromium, through the pages only: the service advisor books an appointment, checks
 * the car in, writes one job from a canned job and one by hand, and sends the estimate; the customer approves one job
 * and declines the other on a phone-sized page; the technician does the work on a tablet; the order reaches READY and
 * the declined job waits as deferred work on the vehicle. No page may trip the Content Security Policy.
 */
@PitwallIntegrationTest
class RepairDayJourneyTest {

    @RegisterExtension
    static final BrowserExtension browser = new BrowserExtension();

    @Autowired
    TestShops shops;

    @Test
    void anAdvisorACustomerAndATechnicianRunARepairFromBookingToReady() {
        Workshop shop = Workshop.open(shops, browser.baseUrl(), "Journey Garage");
        created(shop.advisor()
                .post(
                        "/api/v1/canned-jobs",
                        Map.of(
                                "name",
                                "Oil service",
                                "title",
                                "Oil and filter change",
                                "lines",
                                List.of(Map.of("kind", "LABOR", "description", "Change oil", "amount", "45.00")))));

        String orderPath;
        String approvalPath;
        try (Browser.Tab desk = browser.open(1280, 900)) {
            Page page = desk.signIn(shop.shop, Role.SERVICE_ADVISOR, "/appointments");

            // Book the appointment.
            page.locator("#new-appointment").click();
            page.locator("#customerQuery").fill("Diaz");
            page.locator("#find-customer").click();
            page.locator("#customerId").selectOption(new SelectOption().setLabel("Diaz, Rosa"));
            assertThat(page.locator("#vehicleId option")).hasCount(2);
            page.locator("#vehicleId").selectOption(new SelectOption().setIndex(1));
            page.locator("#date").fill(LocalDate.now().plusDays(1).toString());
            page.locator("#time").fill("09:00");
            page.locator("#durationMinutes").fill("90");
            page.locator("#technicianId").selectOption(new SelectOption().setLabel("technician of Journey Garage"));
            page.locator("#services").fill("Oil change\nBrakes squeal");
            page.locator("#save-appointment").click();
            assertThat(page.locator("#check-in")).isVisible();

            // Check the car in: the repair order opens.
            page.locator("#check-in").click();
            page.locator("#odometerIn").fill("48210");
            page.locator("#concern").fill("Brakes squeal when stopping");
            page.locator("#confirm-check-in").click();
            assertThat(page).hasURL(Pattern.compile("/repair-orders/[0-9a-f-]{36}\\?notice="));
            orderPath = URI.create(page.url()).getPath();
            assertThat(page.getByTestId("ro-status")).containsText("Estimate");

            // One job from the canned job, one by hand with a labor line.
            String canned = page.locator("#cannedJobId option")
                    .filter(hasText("Oil service"))
                    .getAttribute("value");
            page.locator("#cannedJobId").selectOption(canned);
            page.getByTestId("ro-add-canned-job").click();
            assertThat(page.getByTestId("ro-job").filter(hasText("Oil and filter change")))
                    .isVisible();
            page.locator("#title").fill("Front brakes");
            page.locator("#complaint").fill("Squeal when stopping");
            page.getByTestId("ro-add-job").click();
            Locator brakes = page.getByTestId("ro-job").filter(hasText("Front brakes"));
            brakes.getByTestId("ro-add-LABOR").click();
            page.locator("#description").fill("Replace front pads");
            page.locator("#hours").fill("1.5");
            page.getByTestId("ro-line-save").click();
            assertThat(page.getByTestId("ro-job")
                            .filter(hasText("Front brakes"))
                            .getByTestId("ro-line"))
                    .containsText("Replace front pads");

            // Send the estimate: the link to give the customer.
            page.getByTestId("ro-send-approval").click();
            String approvalUrl = page.getByTestId("ro-approval-url").inputValue();
            approvalPath = URI.create(approvalUrl).getPath();
            assertThat(approvalPath).startsWith("/approvals/");
        }

        // The customer, on a phone: approve the oil change, decline the brakes, sign.
        try (Browser.Tab phone = browser.open(390, 844)) {
            Page page = phone.page();
            page.navigate(approvalPath);
            assertThat(page.locator("main")).containsText("Journey Garage");
            Locator oil = page.locator("section.approval-job").filter(hasText("Oil and filter change"));
            Locator brakes = page.locator("section.approval-job").filter(hasText("Front brakes"));
            oil.locator("input[type=radio][id$='-approve']").check();
            brakes.locator("input[type=radio][id$='-decline']").check();
            page.locator("#signature").fill("Rosa Diaz");
            assertThat(phone.fitsTheScreenWidth()).isTrue();
            phone.screenshot("journey-approval-phone");
            page.locator("#confirm").click();
            assertThat(page.locator("#confirmation")).isVisible();
            assertThat(page.locator("#approved-jobs")).containsText("Oil and filter change");
            assertThat(page.locator("#declined-jobs")).containsText("Front brakes");
        }

        // The technician, on a tablet: start, write up, finish, ready.
        try (Browser.Tab tablet = browser.open(768, 1024)) {
            Page page = tablet.signIn(shop.shop, Role.TECHNICIAN, "/my-jobs");
            tablet.screenshot("journey-my-jobs");
            page.getByTestId("mj-move-IN_PROGRESS").click();
            Locator oil = page.getByTestId("mj-job").filter(hasText("Oil and filter change"));
            oil.getByLabel("Correction").fill("Changed oil and filter, reset the service light");
            oil.getByTestId("mj-save").click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Job saved.");
            page.getByTestId("mj-job")
                    .filter(hasText("Oil and filter change"))
                    .getByTestId("mj-done")
                    .click();
            assertThat(page.getByTestId("mj-job")
                            .filter(hasText("Oil and filter change"))
                            .getByTestId("mj-job-done-tag"))
                    .isVisible();
            page.getByTestId("mj-move-READY").click();
            assertThat(page.getByTestId("mj-none")).isVisible();
        }

        // Back at the desk: the order is ready, and the declined brakes wait as deferred work.
        try (Browser.Tab desk = browser.open(1280, 900)) {
            Page page = desk.signIn(shop.shop, Role.SERVICE_ADVISOR, orderPath);
            assertThat(page.getByTestId("ro-status")).containsText("Ready");
            assertThat(page.getByTestId("ro-job")
                            .filter(hasText("Front brakes"))
                            .getByTestId("ro-job-approval"))
                    .containsText("Declined");
            desk.screenshot("journey-ready");
        }
        JsonNode deferred = Workshop.ok(shop.advisor().get("/api/v1/vehicles/" + shop.vehicle + "/deferred-work"));
        assertThat(deferred.get("items").findValuesAsString("title")).contains("Front brakes");
    }

    private static Locator.FilterOptions hasText(String text) {
        return new Locator.FilterOptions().setHasText(text);
    }
}
