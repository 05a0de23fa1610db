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
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a new shop tripped over on the repair-order pages (issue #10), in Chromium: an action returns to the page it
 * was taken from, reload and Back after an action are harmless, the likely next step leads the order's panel and
 * cancelling asks for its reason on its own, and a price is typed as people write it. No page may trip the Content
 * Security Policy.
 */
@PitwallIntegrationTest
class OrderPagesBrowserTest {

    @RegisterExtension
    static final BrowserExtension browser = new BrowserExtension();

    @Autowired
    TestShops shops;

    Workshop shop;

    @BeforeEach
    void openTheShop() {
        shop = Workshop.open(shops, browser.baseUrl(), "Defect Garage");
    }

    @Test
    void startingWorkFromMyJobsKeepsTheTechnicianOnMyJobs() {
        shop.orderIn(RepairOrder.Status.APPROVED);
        browser.open(768, 1024);
        Page page = browser.signIn(shop.shop, Role.TECHNICIAN, "/my-jobs");

        page.getByTestId("mj-move-IN_PROGRESS").click();

        assertThat(page).hasURL(Pattern.compile("/my-jobs\\?notice=repair-order-moved#order-"));
        assertThat(page.getByTestId("mj-order").locator(".ro-status")).hasText("In progress");
        browser.screenshot("my-jobs-after-start");
    }

    @Test
    void reloadAndBackAfterSendingForApprovalShowNoErrorAndTheLinkOnlyOnce() {
        String id = Workshop.id(shop.orderIn(RepairOrder.Status.ESTIMATE));
        Page page = browser.signIn(shop.shop, Role.SERVICE_ADVISOR, "/repair-orders/" + id);

        page.getByTestId("ro-send-approval").click();
        assertThat(page).hasURL(Pattern.compile("/repair-orders/" + id + "/approval-link$"));
        assertThat(page.getByTestId("ro-approval-url")).hasValue(Pattern.compile("/approvals/.+"));
        String link = page.getByTestId("ro-approval-url").inputValue();
        assertThat(page.url()).doesNotContain(link.substring(link.lastIndexOf('/') + 1));

        Response reloaded = page.reload();
        assertThat(reloaded.status()).isEqualTo(200);
        assertThat(page.getByTestId("ro-approval-url")).hasCount(0);
        assertThat(page.getByTestId("ro-approval-link-shown")).isVisible();

        page.getByTestId("ro-approval-link-shown").getByRole(AriaRole.LINK).click();
        assertThat(page.getByTestId("ro-status")).hasText("Awaiting approval");
        Response back = page.goBack();
        assertThat(back.status()).isEqualTo(200);
        assertThat(page.locator("#main")).not().containsText("Not possible here");
        assertThat(page.getByTestId("ro-approval-url")).hasCount(0);
    }

    @Test
    void goingBackToTheAddressOfARefusedFormShowsItsOrder() {
        String id = Workshop.id(shop.orderIn(RepairOrder.Status.ESTIMATE));
        Page page = browser.signIn(shop.shop, Role.SERVICE_ADVISOR, "/repair-orders/" + id);

        for (String action : new String[] {"/jobs/canned", "/approval-requests", "/transitions"}) {
            Response answer = page.navigate("/repair-orders/" + id + action);
            assertThat(answer.status()).as(action).isEqualTo(200);
            assertThat(page).hasURL(Pattern.compile("/repair-orders/" + id + "$"));
            assertThat(page.getByTestId("ro-status")).hasText("Estimate");
        }
    }

    @Test
    void theLikelyNextStepLeadsAndCancellingAsksForItsReasonOnItsOwnPage() {
        String id = Workshop.id(shop.orderIn(RepairOrder.Status.ESTIMATE));
        Page page = browser.signIn(shop.shop, Role.SERVICE_ADVISOR, "/repair-orders/" + id);

        Locator steps = page.getByTestId("ro-moves");
        assertThat(steps.locator("button, a").first()).hasText("Send for approval");
        assertThat(steps.locator("button, a").first()).hasClass(Pattern.compile("\\bprimary\\b"));
        assertThat(steps.locator("button, a").last()).hasText(Pattern.compile("^Cancel order"));
        assertThat(steps.locator("input[type=text], textarea")).hasCount(0);
        browser.screenshot("order-next-steps");

        page.getByTestId("ro-move-CANCELLED").click();
        assertThat(page.getByLabel("Why is the order cancelled?")).isVisible();
        page.getByLabel("Why is the order cancelled?").fill("Customer sold the car");
        page.getByTestId("ro-move-confirm").click();

        assertThat(page.getByTestId("ro-status")).hasText("Cancelled");
        assertThat(page.getByTestId("ro-status-reason")).containsText("Customer sold the car");
    }

    @Test
    void aPriceIsTypedAsPeopleWriteItAndABadOneIsShownAgainAsTyped() {
        String id = Workshop.id(shop.orderIn(RepairOrder.Status.ESTIMATE));
        Page page = browser.signIn(shop.shop, Role.SERVICE_ADVISOR, "/repair-orders/" + id);

        page.getByTestId("ro-add-PART").first().click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Add a part to Front brakes");
        page.getByLabel("Description").fill("Wiper blades");
        page.getByLabel("Quantity").fill("2");
        page.getByLabel("Unit price").fill("twelve");
        page.getByLabel("Unit cost").fill("$1,000.00x");
        page.getByTestId("ro-line-save").click();

        assertThat(page.locator("#unitPrice-error")).isVisible();
        assertThat(page.locator("#unitCost-error")).isVisible();
        assertThat(page.getByLabel("Unit price")).hasValue("twelve");
        assertThat(page.getByLabel("Unit cost")).hasValue("$1,000.00x");
        assertThat(page.getByTestId("error-summary")).containsText("Unit price");

        page.getByLabel("Unit price").fill("$12.99");
        page.getByLabel("Unit cost").fill("$1,000.00");
        page.getByTestId("ro-line-save").click();

        Locator line = page.getByTestId("ro-line").filter(new Locator.FilterOptions().setHasText("Wiper blades"));
        assertThat(line).containsText("12.99");
        assertThat(line).containsText("25.98");
    }

    @Test
    void totalsShowNoDiscountWhenThereIsNone() {
        String id = Workshop.id(shop.orderIn(RepairOrder.Status.ESTIMATE));
        Page page = browser.signIn(shop.shop, Role.SERVICE_ADVISOR, "/repair-orders/" + id);

        assertThat(page.getByTestId("ro-totals")).isVisible();
        assertThat(page.getByTestId("ro-totals")).not().containsText("Discounts");
        assertThat(page.getByTestId("ro-totals")).not().containsText("−0.00");
    }

    @Test
    void workDeclinedAtAnEarlierVisitIsAddedToTheNewOrderWithOneButton() {
        tools.jackson.databind.JsonNode earlier = shop.openOrder(java.util.List.of(shop.brakeJob(), shop.filterJob()));
        Workshop.created(shop.advisor()
                .post(
                        "/api/v1/repair-orders/" + Workshop.id(earlier) + "/verbal-approvals",
                        java.util.Map.of(
                                "jobIds",
                                java.util.List.of(Workshop.jobId(earlier, 0)),
                                "declinedJobIds",
                                java.util.List.of(Workshop.jobId(earlier, 1)),
                                "approvedBy",
                                "Rosa Diaz",
                                "method",
                                "PHONE")));
        String id = Workshop.id(shop.openOrder(java.util.List.of(shop.brakeJob())));
        Page page = browser.signIn(shop.shop, Role.SERVICE_ADVISOR, "/repair-orders/" + id);

        assertThat(page.getByTestId("ro-deferred")).containsText("Cabin filter");
        page.getByTestId("ro-deferred-add").click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Job added");
        assertThat(page.getByTestId("ro-job").filter(new Locator.FilterOptions().setHasText("Cabin filter")))
                .containsText("19.99");
        assertThat(page.getByTestId("ro-deferred")).hasCount(0);
    }

    @Test
    void theCustomersPageListsTheirRepairOrders() {
        long number = shop.orderIn(RepairOrder.Status.ESTIMATE).get("number").asLong();
        Page page = browser.signIn(shop.shop, Role.SERVICE_ADVISOR, "/customers/" + shop.customer);

        assertThat(page.getByTestId("customer-orders").getByTestId("ro-row")).hasCount(1);
        assertThat(page.getByTestId("customer-orders")).containsText(String.valueOf(number));
        browser.screenshot("customer-with-orders");
    }
}
