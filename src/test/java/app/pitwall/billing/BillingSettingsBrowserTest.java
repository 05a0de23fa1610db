package app.pitwall.billing;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.pitwall.access.Role;
import app.pitwall.support.BrowserExtension;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.TestShops;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The owner finds Billing under Shop setup, types a credit limit that is no amount (shown at its field, the rest
 * kept), then numbers invoices across all locations with a yearly prefix. No page may trip the Content Security
 * Policy.
 */
@PitwallIntegrationTest
class BillingSettingsBrowserTest {

    @RegisterExtension
    static final BrowserExtension browser = new BrowserExtension();

    @Autowired
    TestShops shops;

    @Test
    void theOwnerSetsTheNumberingAndTheCreditLimit() {
        TestShops.Shop shop = shops.create("Browser Billing Garage");
        Page page = browser.signIn(shop, Role.OWNER, "/settings/bays");
        page.locator("#setup-billing").click();
        assertThat(page).hasURL(Pattern.compile("/settings/billing$"));

        page.getByLabel("Number invoices").selectOption("TENANT");
        page.getByLabel("Invoice number prefix").fill("INV-2026-");
        page.getByLabel("Service advisors may credit up to").fill("a lot");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                .click();

        assertThat(page.locator("#advisorCreditLimit-error")).isVisible();
        assertThat(page.getByLabel("Invoice number prefix")).hasValue("INV-2026-");
        browser.screenshot("billing-settings-refused");
        page.getByLabel("Service advisors may credit up to").fill("250.00");
        page.getByLabel("The odometer reading at delivery is entered").uncheck();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                .click();

        assertThat(page).hasURL(Pattern.compile("/settings/billing\\?notice=billing-settings-saved"));
        assertThat(page.getByLabel("Number invoices")).hasValue("TENANT");
        assertThat(page.getByLabel("The odometer reading at delivery is entered"))
                .not()
                .isChecked();
        browser.screenshot("billing-settings-saved");
    }
}
