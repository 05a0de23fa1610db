package app.pitwall.tenancy;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.access.Role;
import app.pitwall.support.BrowserExtension;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.TestShops;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A manager finds Locations under Shop setup, adds a detailing site (a typing mistake in the time zone is shown at its
 * field, the rest kept), then edits its tax rate and closes it (issue #9 §4, #10 defect 10). No page may trip the
 * Content Security Policy.
 */
@PitwallIntegrationTest
class LocationsBrowserTest {

    @RegisterExtension
    static final BrowserExtension browser = new BrowserExtension();

    @Autowired
    TestShops shops;

    TestShops.Shop shop;

    @BeforeEach
    void openShop() {
        shop = shops.create("Browser Locations Garage");
    }

    @Test
    void aManagerAddsALocationThenEditsItsTaxAndClosesIt() {
        Page page = browser.signIn(shop, Role.MANAGER, "/settings/bays");
        page.locator("#setup-locations").click();
        assertThat(page).hasURL(Pattern.compile("/settings/locations$"));
        page.locator("#add-location").click();

        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Eastside Detailing");
        page.getByLabel("Kind").selectOption("DETAILING");
        page.getByLabel("Street and number").fill("5 Polish Street");
        page.getByLabel("City").fill("Denver");
        page.getByLabel("State or region").fill("CO");
        page.getByLabel("Postal code").fill("80202");
        page.getByLabel("Phone").fill("+1 303 555 0101");
        page.getByLabel("Registration or licence number").fill("CO-991");
        page.getByLabel("Time zone").fill("America/Denvr");
        page.getByLabel("Tax on labor (%)").fill("8.3125");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                .click();

        assertThat(page.locator("#timeZone-error")).isVisible();
        assertThat(page.getByLabel("Street and number")).hasValue("5 Polish Street");
        browser.screenshot("location-form-refused");
        page.getByLabel("Time zone").fill("America/Denver");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                .click();

        assertThat(page).hasURL(Pattern.compile("/settings/locations\\?notice=location-added"));
        assertThat(page.locator("#location-list")).containsText("Eastside Detailing");
        assertThat(page.locator("#location-list")).containsText("Labor 8.3125 %");
        browser.screenshot("locations-list");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Eastside Detailing"))
                .click();
        assertThat(page.getByLabel("Phone")).hasValue("+1 303 555 0101");
        page.getByLabel("Tax on parts (%)").fill("7.5");
        browser.screenshot("location-form-edit");
        page.getByLabel("Closed", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                .click();

        assertThat(page).hasURL(Pattern.compile("/settings/locations\\?notice=location-saved"));
        assertThat(page.locator("#location-list")).containsText("parts 7.5 %");
        assertThat(page.locator("#location-list tr", new Page.LocatorOptions().setHasText("Eastside Detailing")))
                .containsText("Closed");
        browser.screenshot("locations-list-edited");
    }
}
