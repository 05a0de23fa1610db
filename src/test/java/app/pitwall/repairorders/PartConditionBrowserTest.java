package app.pitwall.repairorders;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.pitwall.access.Role;
import app.pitwall.support.BrowserExtension;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.TestShops;
import app.pitwall.support.Workshop;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An advisor adds a rebuilt part on the line form and sees its condition beside the part number on the order, and a
 * manager sets a customer tax-exempt on the customer form (#11). No page may trip the Content Security Policy.
 */
@PitwallIntegrationTest
class PartConditionBrowserTest {

    @RegisterExtension
    static final BrowserExtension browser = new BrowserExtension();

    @Autowired
    TestShops shops;

    Workshop shop;

    @BeforeEach
    void openShop() {
        shop = Workshop.open(shops, browser.baseUrl(), "Browser Condition Garage");
    }

    @Test
    void anAdvisorAddsARebuiltPartAndTheOrderShowsItsCondition() {
        String order = Workshop.id(shop.openOrder(List.of(shop.filterJob())));
        Page page = browser.signIn(shop.shop, Role.SERVICE_ADVISOR, "/repair-orders/" + order);
        String job = Workshop.jobId(
                shop.advisor().get("/api/v1/repair-orders/" + order).json(), 0);
        page.navigate(browser.baseUrl() + "/repair-orders/" + order + "/jobs/" + job + "/lines/new?kind=PART");

        page.getByLabel("Description").fill("Alternator");
        page.getByLabel("Part number").fill("ALT-9");
        page.getByLabel("Condition").selectOption("REBUILT");
        page.getByLabel("Quantity").fill("1");
        page.getByLabel("Unit price").fill("189.00");
        browser.screenshot("line-form-part-condition");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                .click();

        assertThat(page).hasURL(Pattern.compile("/repair-orders/" + order));
        assertThat(page.locator("[data-testid=ro-line-condition]")).containsText("Rebuilt");
        browser.screenshot("order-part-condition");
    }

    @Test
    void anAdvisorMarksACustomerTaxExemptAndThePageSaysUntilWhen() {
        Page page = browser.signIn(shop.shop, Role.SERVICE_ADVISOR, "/customers/" + shop.customer + "/edit");

        page.getByLabel("Exempt from sales tax").check();
        page.getByLabel("Exemption certificate number").fill("RES-2291");
        page.getByLabel("Certificate expires").fill("2027-01-31");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                .click();

        assertThat(page.locator("[data-testid=customer-tax]")).containsText("Exempt, certificate RES-2291");
        assertThat(page.locator("[data-testid=customer-tax]")).containsText("31 Jan 2027");
        browser.screenshot("customer-tax-exempt");
    }
}
