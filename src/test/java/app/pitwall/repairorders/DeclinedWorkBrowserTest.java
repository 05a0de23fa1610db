package app.pitwall.repairorders;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.access.Role;
import app.pitwall.support.BrowserExtension;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.TestShops;
import app.pitwall.support.Workshop;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Declined work is not work (issue #10, defect 3), in Chromium: the technician's My jobs leaves out the declined job
 * and the concern only it answered, the order list counts only the work ("Jobs done 0 / 1"), and the advisor still
 * sees the declined job on the order as deferred work and is offered it again at the vehicle's next visit.
 */
@PitwallIntegrationTest
class DeclinedWorkBrowserTest {

    @RegisterExtension
    static final BrowserExtension browser = new BrowserExtension();

    @Autowired
    TestShops shops;

    Workshop shop;
    JsonNode order;

    @BeforeEach
    void anOrderWithOneJobApprovedAndOneDeclined() {
        shop = Workshop.open(shops, browser.baseUrl(), "Declined Work Garage");
        Map<String, Object> filter = new LinkedHashMap<>(shop.filterJob());
        filter.put("complaint", "Dusty air from the vents");
        filter.put("technicianId", shop.user(Role.TECHNICIAN));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("locationId", shop.shop.mainLocation().toString());
        body.put("customerId", shop.customer);
        body.put("vehicleId", shop.vehicle);
        body.put("concerns", List.of("Squeal when braking", "Dusty air from the vents"));
        body.put("jobs", List.of(shop.brakeJob(), filter));
        order = Workshop.created(shop.advisor().post("/api/v1/repair-orders", body));
        String base = "/api/v1/repair-orders/" + Workshop.id(order);
        Workshop.created(shop.advisor()
                .post(
                        base + "/verbal-approvals",
                        Map.of(
                                "jobIds",
                                List.of(Workshop.jobId(order, 0)),
                                "declinedJobIds",
                                List.of(Workshop.jobId(order, 1)),
                                "approvedBy",
                                "Rosa Diaz",
                                "method",
                                "PHONE")));
        Workshop.ok(shop.advisor().post(base + "/transitions", Map.of("to", "IN_PROGRESS")));
    }

    @Test
    void theTechniciansListLeavesOutTheDeclinedJobAndItsConcern() {
        browser.open(768, 1024);
        Page page = browser.signIn(shop.shop, Role.TECHNICIAN, "/my-jobs");

        Locator mine = page.locator(
                "[data-testid=mj-order][data-number='" + order.get("number").asLong() + "']");
        assertThat(mine.getByTestId("mj-job")).hasCount(1);
        assertThat(mine.getByTestId("mj-job")).hasAttribute("data-job-title", "Front brakes");
        assertThat(mine.locator(".mj-concerns")).containsText("Squeal when braking");
        assertThat(mine.locator(".mj-concerns")).not().containsText("Dusty air");
        assertThat(mine).not().containsText("Cabin filter");
        browser.screenshot("my-jobs-without-declined-work");
    }

    @Test
    void theOrderListCountsOnlyTheWork() {
        Page page = browser.signIn(shop.shop, Role.SERVICE_ADVISOR, "/repair-orders");

        Locator row = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Diaz, Rosa"));
        assertThat(row).containsText("0 / 1");
    }

    @Test
    void theAdvisorSeesTheDeclinedJobAsDeferredWork() {
        Page page = browser.signIn(shop.shop, Role.SERVICE_ADVISOR, "/repair-orders/" + Workshop.id(order));

        Locator declined = page.getByTestId("ro-job").filter(new Locator.FilterOptions().setHasText("Cabin filter"));
        assertThat(declined).containsText("Declined: deferred work");

        String next = Workshop.id(shop.openOrder(List.of(shop.brakeJob())));
        page.navigate("/repair-orders/" + next);
        assertThat(page.getByTestId("ro-deferred")).containsText("Cabin filter");
    }
}
