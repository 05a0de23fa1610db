package app.pitwall.customers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.access.Role;
import app.pitwall.support.ApiClient;
import app.pitwall.support.BrowserExtension;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.TestShops;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A submit reports every field's error at once, each once (issue #10, defect 5): the vehicle form showed the odometer
 * error first and the VIN error only on the next submit (then twice), the customer form the email first and the card
 * number the next time. What was typed stays in the form. No page may trip the Content Security Policy.
 */
@PitwallIntegrationTest
class FormErrorsBrowserTest {

    static final String CARD = "4111 1111 1111 1111";

    @RegisterExtension
    static final BrowserExtension browser = new BrowserExtension();

    @Autowired
    TestShops shops;

    TestShops.Shop shop;

    @BeforeEach
    void openShop() {
        shop = shops.create("Errors Garage");
    }

    @Test
    void theVehicleFormReportsABadVinAndABadOdometerTogetherEachOnce() {
        String customer = registerCustomer();
        Page page = browser.signIn(shop, Role.SERVICE_ADVISOR, "/customers/" + customer + "/vehicles/new");

        page.getByLabel("VIN").fill("1HGCM82633A004353");
        page.getByLabel("Make").fill("Honda");
        page.getByLabel("Odometer").fill("lots");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                .click();

        assertThat(page.locator("#vin-error")).isVisible();
        assertThat(page.locator("#odometer-error")).isVisible();
        assertThat(page.locator("#vin-error")).containsText("check digit");
        assertThat(page.locator("#vin-check")).not().containsText("check digit");
        assertThat(page.getByTestId("error-summary").locator("li")).hasCount(2);
        assertThat(page.getByLabel("VIN")).hasValue("1HGCM82633A004353");
        assertThat(page.getByLabel("Odometer")).hasValue("lots");
        assertThat(page.getByLabel("Make")).hasValue("Honda");
        browser.screenshot("vehicle-form-errors");
    }

    @Test
    void theCustomerFormReportsABadEmailAndACardNumberTogether() {
        Page page = browser.signIn(shop, Role.SERVICE_ADVISOR, "/customers/new");

        page.getByLabel("First name").fill("Ana");
        page.getByLabel("Email 1").fill("ana@nowhere");
        page.getByLabel("Notes").fill("Pays with " + CARD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                .click();

        assertThat(page.locator("#emails0-error")).isVisible();
        assertThat(page.locator("#notes-error")).containsText("card number");
        assertThat(page.getByTestId("error-summary").locator("li")).hasCount(2);
        assertThat(page.getByLabel("Email 1")).hasValue("ana@nowhere");
        assertThat(page.getByLabel("Notes")).hasValue("Pays with " + CARD);
        browser.screenshot("customer-form-errors");
    }

    @Test
    void aServiceRefusalComesBackAtItsFieldWithTheInputKept() {
        String customer = registerCustomer();
        String vehicle = new ApiClient(browser.baseUrl())
                .signIn(shop.email(Role.SERVICE_ADVISOR), TestShops.PASSWORD)
                .post("/api/v1/vehicles", Map.of("customerId", customer, "vin", "1HGCM82633A004352"))
                .json()
                .get("id")
                .asString();
        assertThat(vehicle).isNotBlank();
        Page page = browser.signIn(shop, Role.SERVICE_ADVISOR, "/customers/" + customer + "/vehicles/new");

        page.getByLabel("VIN").fill("1HGCM82633A004352");
        page.getByLabel("Model").fill("Accord");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                .click();

        assertThat(page.locator("#vin-error")).hasText("Another vehicle of this shop already has this VIN");
        assertThat(page.getByLabel("Model")).hasValue("Accord");
    }

    private String registerCustomer() {
        return new ApiClient(browser.baseUrl())
                .signIn(shop.email(Role.SERVICE_ADVISOR), TestShops.PASSWORD)
                .post(
                        "/api/v1/customers",
                        Map.of(
                                "firstName",
                                "Rosa",
                                "lastName",
                                "Diaz",
                                "locationId",
                                shop.mainLocation().toString()))
                .json()
                .get("id")
                .asString();
    }
}
