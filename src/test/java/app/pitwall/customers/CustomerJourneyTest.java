package app.pitwall.customers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.access.Role;
import app.pitwall.support.ApiClient;
import app.pitwall.support.BrowserExtension;
import app.pitwall.support.MainNavigation;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.TestShops;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A service advisor at the counter, in Chromium: registers a customer with a vehicle, finds them again by a piece of
 * the plate, edits them, and gets a refused form back with everything typed still there. No page may trip the
 * Content Security Policy.
 */
@PitwallIntegrationTest
class CustomerJourneyTest {

    @RegisterExtension
    static final BrowserExtension browser = new BrowserExtension();

    @Autowired
    TestShops shops;

    TestShops.Shop shop;

    @BeforeEach
    void openShop() {
        shop = shops.create("Journey Garage");
    }

    @Test
    void anAdvisorRegistersACustomerWithAVehicleFindsThemByPlateAndEditsThem() {
        Page page = browser.signIn(shop, Role.SERVICE_ADVISOR, "/customers");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New customer"))
                .click();
        page.getByLabel("First name").fill("Rosa");
        page.getByLabel("Last name").fill("Diaz");
        page.getByLabel("Email 1").fill("rosa.diaz@example.com");
        page.getByLabel("Phone 1").fill("(555) 010-2233");
        page.getByLabel("Street").fill("12 Harbor Lane");
        page.getByLabel("City").fill("Testville");
        save();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Diaz, Rosa");
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Customer registered.");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add vehicle"))
                .click();
        page.getByLabel("VIN").pressSequentially("1hgcm82633a004352");
        assertThat(page.locator("#vin-check")).containsText("Valid VIN");
        assertThat(page.locator("#vin-check")).containsText("Honda");
        page.getByLabel("Plate", new Page.GetByLabelOptions().setExact(true)).fill("RSA 911");
        page.getByLabel("Year").fill("2003");
        page.getByLabel("Make").fill("Honda");
        page.getByLabel("Model").fill("Accord");
        page.getByLabel("Odometer").fill("150000");
        save();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Vehicle added.");
        assertThat(page.locator("article.vehicle")).containsText("2003 Honda Accord");
        assertThat(page.locator("article.vehicle")).containsText("1HGCM82633A004352");
        assertThat(page.locator("article.vehicle")).containsText("150,000 mi");
        browser.screenshot("customer-detail");

        MainNavigation.follow(page, "Customers");
        page.getByLabel("Find a customer").pressSequentially("SA 91");
        assertThat(page).hasURL(Pattern.compile("/customers\\?q=SA(\\+|%20)91$"));
        assertThat(page.locator("#customer-results tbody tr")).hasCount(1);
        browser.screenshot("customer-list");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Diaz, Rosa"))
                .click();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit customer"))
                .click();
        page.getByLabel("Last name").fill("Díaz-Ortega");
        page.getByLabel("Phone 2").fill("555 010 9999");
        save();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Customer saved.");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Díaz-Ortega, Rosa");
        assertThat(page.locator("#main")).containsText("555 010 9999");
    }

    @Test
    void aRefusedFormKeepsWhatWasTypedAndSaysWhatIsWrongAtTheField() {
        Page page = browser.signIn(shop, Role.SERVICE_ADVISOR, "/customers");
        page.navigate("/customers/new");
        page.getByLabel("First name").fill("Ana");
        page.getByLabel("Email 1").fill("ana@nowhere");
        page.getByLabel("Country").fill("U1");
        page.getByLabel("Notes").fill("Prefers mornings");
        save();

        assertThat(page.locator("#country-error")).isVisible();
        assertThat(page.locator("#emails0-error")).hasText("Enter an email address such as name@example.com");
        assertThat(page.getByLabel("Country")).hasValue("U1");
        assertThat(page.getByLabel("First name")).hasValue("Ana");
        assertThat(page.getByLabel("Email 1")).hasValue("ana@nowhere");
        assertThat(page.getByLabel("Notes")).hasValue("Prefers mornings");
        assertThat(page.locator("#error-summary")).isFocused();

        page.getByLabel("Country").fill("US");
        page.getByLabel("Email 1").fill("ana@nowhere.example");
        save();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Customer registered.");
    }

    @Test
    void theListACustomersPageAndTheFormFitAPhoneScreen() {
        ApiClient advisor =
                new ApiClient(browser.baseUrl()).signIn(shop.email(Role.SERVICE_ADVISOR), TestShops.PASSWORD);
        String id = advisor.post(
                        "/api/v1/customers",
                        Map.of(
                                "kind",
                                "BUSINESS",
                                "companyName",
                                "Prairie Plumbing and Heating Supply LLC",
                                "emails",
                                List.of("fleet-manager@prairie-plumbing-and-heating.example"),
                                "phones",
                                List.of("(217) 555-0100")))
                .json()
                .get("id")
                .asString();
        advisor.post(
                "/api/v1/vehicles",
                Map.of(
                        "customerId",
                        id,
                        "vin",
                        "1GCWGAFP9J1234567",
                        "plate",
                        "PPL 001",
                        "year",
                        2018,
                        "make",
                        "Chevrolet",
                        "model",
                        "Express 2500",
                        "odometer",
                        Map.of("value", 98330)));
        browser.open(390, 844);

        Page page = browser.signIn(shop, Role.SERVICE_ADVISOR, "/customers");
        assertThat(browser.fitsTheScreenWidth()).isTrue();
        browser.screenshot("phone-customer-list");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Prairie Plumbing and Heating Supply LLC"))
                .click();
        assertThat(page.locator("article.vehicle")).containsText("PPL 001");
        assertThat(browser.fitsTheScreenWidth()).isTrue();
        browser.screenshot("phone-customer-detail");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit customer"))
                .click();
        assertThat(browser.fitsTheScreenWidth()).isTrue();
        browser.screenshot("phone-customer-form");
    }

    private static void save() {
        browser.page()
                .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                .click();
    }
}
