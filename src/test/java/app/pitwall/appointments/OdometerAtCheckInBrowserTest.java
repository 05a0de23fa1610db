package app.pitwall.appointments;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.access.Role;
import app.pitwall.support.ApiClient;
import app.pitwall.support.BrowserExtension;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.TestShops;
import app.pitwall.support.Workshop;
import com.microsoft.playwright.Page;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Odometers at check-in and on the order (issue #10, defects 6 and 7), in Chromium and over the API: a reading lower
 * than the vehicle's last one is shown again with a warning and a box to confirm it (the API answers 422 with a
 * problem naming {@code confirmLowerOdometer}, and nothing is opened); every reading on an order lands in the vehicle's
 * odometer history; readings print grouped with their unit; and check-in keeps the appointment's notes.
 */
@PitwallIntegrationTest
class OdometerAtCheckInBrowserTest {

    @RegisterExtension
    static final BrowserExtension browser = new BrowserExtension();

    @Autowired
    TestShops shops;

    Workshop shop;
    String vehicle;

    @BeforeEach
    void aCarLastReadAt123456Miles() {
        shop = Workshop.open(shops, browser.baseUrl(), "Odometer Garage");
        vehicle = Workshop.id(Workshop.created(shop.advisor()
                .post(
                        "/api/v1/vehicles",
                        Map.of(
                                "customerId",
                                shop.customer,
                                "plate",
                                "ODO 123",
                                "year",
                                2012,
                                "make",
                                "Toyota",
                                "model",
                                "Camry",
                                "odometer",
                                Map.of("value", 123_456, "unit", "MI", "readOn", "2026-01-15")))));
    }

    @Test
    void aLowerReadingAtCheckInWarnsAndIsRecordedOnlyOnceConfirmed() {
        String appointment = book("Customer waits in the lounge");
        Page page = browser.signIn(shop.shop, Role.SERVICE_ADVISOR, "/appointments/" + appointment + "/check-in");

        page.getByLabel("Odometer in").fill("1000");
        page.locator("#confirm-check-in").click();

        assertThat(page).hasURL(Pattern.compile("/appointments/" + appointment + "/check-in$"));
        assertThat(page.locator("#odometerIn-error")).containsText("Lower than this vehicle's last odometer reading");
        assertThat(page.getByLabel("Odometer in")).hasValue("1000");
        assertThat(page.locator("#confirmLowerOdometer")).not().isChecked();
        assertThat(page.locator("#odometerIn-error")).isVisible();
        browser.screenshot("check-in-lower-odometer");
        assertThat(readings()).containsExactly(123_456);

        page.locator("#confirmLowerOdometer").check();
        page.locator("#confirm-check-in").click();

        assertThat(page).hasURL(Pattern.compile("/repair-orders/[0-9a-f-]{36}"));
        assertThat(page.getByTestId("ro-odometer-in")).hasText("1,000 mi");
        assertThat(page.getByTestId("ro-details")).containsText("Customer waits in the lounge");
        assertThat(readings()).containsExactly(1_000, 123_456);
    }

    @Test
    void aHigherReadingAtCheckInNeedsNoConfirmationAndPrintsWithItsUnit() {
        String appointment = book(null);
        Page page = browser.signIn(shop.shop, Role.SERVICE_ADVISOR, "/appointments/" + appointment + "/check-in");

        page.getByLabel("Odometer in").fill("124100");
        page.locator("#confirm-check-in").click();

        assertThat(page).hasURL(Pattern.compile("/repair-orders/[0-9a-f-]{36}"));
        assertThat(page.getByTestId("ro-odometer-in")).hasText("124,100 mi");
        String order = page.url().replaceAll(".*/repair-orders/([0-9a-f-]{36}).*", "$1");

        page.navigate("/repair-orders/" + order + "/edit");
        page.getByLabel("Odometer out").fill("124112");
        page.getByTestId("ro-details-save").click();
        assertThat(page.getByTestId("ro-odometer-out")).hasText("124,112 mi");
        assertThat(readings()).containsExactly(124_112, 124_100, 123_456);
    }

    @Test
    void theApiRefusesALowerReadingWith422UntilItIsConfirmed() {
        ApiClient advisor = shop.advisor();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("locationId", shop.shop.mainLocation().toString());
        body.put("customerId", shop.customer);
        body.put("vehicleId", vehicle);
        body.put("odometerIn", 1_000);
        ApiClient.Response refused = advisor.post("/api/v1/repair-orders", body);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("type").asString()).isEqualTo("https://pitwall.app/problems/odometer-lower");
        assertThat(refused.json().get("confirmWith").asString()).isEqualTo("confirmLowerOdometer");
        assertThat(refused.json().get("lastReading").asInt()).isEqualTo(123_456);
        assertThat(refused.json().get("fields").has("odometerIn")).isTrue();
        assertThat(Workshop.ok(advisor.get("/api/v1/repair-orders?vehicleId=" + vehicle))
                        .get("items")
                        .size())
                .isZero();
        assertThat(readings()).containsExactly(123_456);

        String booked = book(null);
        ApiClient.Response checkIn =
                advisor.post("/api/v1/appointments/" + booked + "/check-in", Map.of("odometerIn", 2_000));
        assertThat(checkIn.status()).isEqualTo(422);

        body.put("confirmLowerOdometer", true);
        JsonNode opened = Workshop.created(advisor.post("/api/v1/repair-orders", body));
        assertThat(opened.get("odometerIn").asInt()).isEqualTo(1_000);
        assertThat(readings()).containsExactly(1_000, 123_456);
    }

    private String book(String notes) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("locationId", shop.shop.mainLocation().toString());
        body.put("customerId", shop.customer);
        body.put("vehicleId", vehicle);
        body.put("startsAt", "2031-07-01T08:00");
        body.put("durationMinutes", 60);
        body.put("requestedServices", List.of("Oil change"));
        if (notes != null) {
            body.put("notes", notes);
        }
        return Workshop.id(Workshop.created(shop.advisor().post("/api/v1/appointments", body)));
    }

    /** The vehicle's odometer history, newest first. */
    private List<Integer> readings() {
        JsonNode found = Workshop.ok(shop.advisor().get("/api/v1/vehicles/" + vehicle));
        java.util.ArrayList<Integer> values = new java.util.ArrayList<>();
        found.get("odometerReadings")
                .forEach(reading -> values.add(reading.get("value").asInt()));
        return values;
    }
}
