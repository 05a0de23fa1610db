package app.pitwall.appointments;

import static app.pitwall.support.Workshop.created;
import static app.pitwall.support.Workshop.id;
import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.access.Role;
import app.pitwall.support.PageClient;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.TestShops;
import app.pitwall.support.Workshop;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The calendar and appointment pages over plain HTTP, in a shop on America/Chicago time: who may see and book, what
 * another tenant or location gets (404), refused input kept (400), stale saves (409), the double-booking question, and
 * check-in opening a repair order.
 */
@PitwallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalendarPagesTest {

    private static final Pattern APPOINTMENT = Pattern.compile("/appointments/([0-9a-f-]{36})");

    @Autowired
    TestShops shops;

    @LocalServerPort
    int port;

    Workshop shop;
    String bay;

    @BeforeAll
    void openTheShop() {
        shop = Workshop.open(shops, baseUrl(), "Calendar Pages Garage");
        bay = id(created(
                shop.as(Role.MANAGER).post("/api/v1/bays", Map.of("locationId", location(), "name", "Lift 1"))));
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    String location() {
        return shop.shop.mainLocation().toString();
    }

    PageClient signedIn(Role role) {
        return new PageClient(baseUrl()).signIn(shop.shop.email(role), TestShops.PASSWORD);
    }

    /** Books through the page; answers the appointment's id. */
    String book(PageClient client, String date, String time, String bayId, String... extra) {
        String[] fields = {
            "locationId",
            location(),
            "customerId",
            shop.customer,
            "vehicleId",
            shop.vehicle,
            "bayId",
            bayId,
            "technicianId",
            "",
            "date",
            date,
            "time",
            time,
            "durationMinutes",
            "60",
            "services",
            "Oil change\nTyre rotation",
            "notes",
            "",
            "version",
            ""
        };
        String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(fields), java.util.Arrays.stream(extra))
                .toArray(String[]::new);
        PageClient.Answer answer = client.post("/appointments/new", all);
        assertThat(answer.status()).as(answer.body()).isEqualTo(302);
        Matcher found = APPOINTMENT.matcher(answer.header("Location"));
        assertThat(found.find()).isTrue();
        return found.group(1);
    }

    @Test
    void anAdvisorBooksAndSeesTheAppointmentInTheDayAndWeekViews() {
        PageClient advisor = signedIn(Role.SERVICE_ADVISOR);

        String id = book(advisor, "2031-04-07", "10:15", bay);
        PageClient.Answer day = advisor.get("/appointments?view=day&date=2031-04-07&location=" + location());
        PageClient.Answer week = advisor.get("/appointments?view=week&date=2031-04-09&location=" + location());
        PageClient.Answer detail = advisor.get("/appointments/" + id);

        assertThat(day.status()).isEqualTo(200);
        assertThat(day.body())
                .contains("10:15–11:15", "1 h", "Diaz, Rosa", "Honda Civic", "Oil change, Tyre rotation", "Lift 1")
                .contains("id=\"cal-previous\"", "date=2031-04-06", "date=2031-04-08", "America/Chicago")
                .contains("Monday 7 April 2031")
                .as("the lane stays taken in the next hour")
                .contains("cal-continues", "continued: Diaz, Rosa, 10:15–11:15");
        assertThat(week.status()).isEqualTo(200);
        assertThat(week.body()).contains("Mon 7 Apr", "Sun 13 Apr", "10:15–11:15", "date=2031-03-31");
        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.body()).contains("Diaz, Rosa", "Lift 1", "id=\"check-in\"", "id=\"edit-appointment\"");
    }

    @Test
    void viewersAndTechniciansSeeTheCalendarButMayNotBook() {
        String id = book(signedIn(Role.SERVICE_ADVISOR), "2031-04-14", "08:00", "");
        for (Role role : new Role[] {Role.VIEWER, Role.TECHNICIAN}) {
            PageClient client = signedIn(role);

            PageClient.Answer calendar = client.get("/appointments?date=2031-04-14&location=" + location());
            PageClient.Answer detail = client.get("/appointments/" + id);

            assertThat(calendar.status()).isEqualTo(200);
            assertThat(calendar.body()).contains("Diaz, Rosa").doesNotContain("id=\"new-appointment\"");
            assertThat(detail.body()).doesNotContain("id=\"check-in\"", "id=\"edit-appointment\"");
            assertThat(client.get("/appointments/new?location=" + location()).status())
                    .isEqualTo(403);
            assertThat(client.get("/appointments/" + id + "/check-in").status()).isEqualTo(403);
            assertThat(client.post("/appointments/" + id + "/cancel", "reason", "No", "version", "0")
                            .status())
                    .isEqualTo(403);
        }
        PageClient.Answer anonymous = new PageClient(baseUrl()).get("/appointments");
        assertThat(anonymous.status()).isEqualTo(302);
        assertThat(anonymous.header("Location")).contains("/session/resume");
    }

    @Test
    void anotherTenantOrAnotherLocationGetsNotFound() {
        String id = book(signedIn(Role.SERVICE_ADVISOR), "2031-04-15", "08:00", "");
        TestShops.Shop other = shops.create("Other Calendar Garage");
        PageClient stranger = new PageClient(baseUrl()).signIn(other.email(Role.OWNER), TestShops.PASSWORD);
        PageClient limited = new PageClient(baseUrl()).signIn(shop.shop.limitedAdvisorEmail(), TestShops.PASSWORD);

        for (PageClient outsider : new PageClient[] {stranger, limited}) {
            assertThat(outsider.get("/appointments/" + id).status()).isEqualTo(404);
            assertThat(outsider.get("/appointments/" + id + "/edit").status()).isEqualTo(404);
            assertThat(outsider.get("/appointments/" + id + "/check-in").status())
                    .isEqualTo(404);
            assertThat(outsider.post("/appointments/" + id + "/cancel", "reason", "x", "version", "0")
                            .status())
                    .isEqualTo(404);
            assertThat(outsider.get("/appointments?location=" + location()).status())
                    .isEqualTo(404);
            assertThat(outsider.get("/appointments/new?location=" + location()).status())
                    .isEqualTo(404);
        }
        assertThat(limited.get("/appointments").body()).contains("Calendar Pages Garage North");
        assertThat(shop.advisor().get("/api/v1/appointments/" + id).status()).isEqualTo(200);
    }

    @Test
    void badInputAnswers400KeepsTheInputAndBooksNothing() {
        PageClient advisor = signedIn(Role.SERVICE_ADVISOR);

        PageClient.Answer answer = advisor.post(
                "/appointments/new",
                "locationId",
                location(),
                "customerId",
                shop.customer,
                "vehicleId",
                shop.vehicle,
                "date",
                "2031-04-16",
                "time",
                "25:99",
                "durationMinutes",
                "3",
                "services",
                "Check the rattle near the glovebox",
                "version",
                "");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body())
                .contains("Check the rattle near the glovebox", "value=\"2031-04-16\"", "value=\"25:99\"")
                .contains("Use a time such as 09:30", "Use whole minutes from 5 to 1440");
        assertThat(shop.advisor()
                        .get("/api/v1/appointments?locationId=" + location() + "&from=2031-04-16&to=2031-04-17")
                        .json()
                        .get("items"))
                .isEmpty();
        assertThat(advisor.get("/appointments?view=fortnight").status()).isEqualTo(400);
        assertThat(advisor.get("/appointments?date=2031-02-30").status()).isEqualTo(400);
    }

    @Test
    void aStaleChangeAnswers409AndKeepsTheInput() {
        PageClient advisor = signedIn(Role.SERVICE_ADVISOR);
        String id = book(advisor, "2031-04-17", "09:00", "");
        PageClient.Answer form = advisor.get("/appointments/" + id + "/edit");
        assertThat(form.body()).contains("value=\"09:00\"", "value=\"2031-04-17\"");
        assertThat(shop.advisor()
                        .patch("/api/v1/appointments/" + id, Map.of("notes", "Moved by phone", "version", 0))
                        .status())
                .isEqualTo(200);

        PageClient.Answer stale = advisor.post(
                "/appointments/" + id + "/edit",
                "locationId",
                location(),
                "customerId",
                shop.customer,
                "vehicleId",
                shop.vehicle,
                "date",
                "2031-04-17",
                "time",
                "11:00",
                "durationMinutes",
                "45",
                "services",
                "Wipers",
                "notes",
                "Bring the spare key",
                "version",
                "0");

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains("Bring the spare key", "value=\"11:00\"", "name=\"version\" value=\"1\"");
        JsonNode now = shop.advisor().get("/api/v1/appointments/" + id).json();
        assertThat(now.get("notes").asString()).isEqualTo("Moved by phone");
        assertThat(now.get("startsAtLocal").asString()).isEqualTo("2031-04-17T09:00:00");
    }

    @Test
    void aDoubleBookingIsShownAndBookedOnlyOnceTheUserConfirms() {
        PageClient advisor = signedIn(Role.SERVICE_ADVISOR);
        book(advisor, "2031-04-18", "09:00", bay);
        String[] second = {
            "locationId", location(),
            "customerId", shop.customer,
            "vehicleId", shop.vehicle,
            "bayId", bay,
            "date", "2031-04-18",
            "time", "09:30",
            "durationMinutes", "30",
            "services", "Second opinion",
            "version", ""
        };

        PageClient.Answer question = advisor.post("/appointments/new", second);
        String listing = "/api/v1/appointments?locationId=" + location() + "&from=2031-04-18&to=2031-04-19";
        int before = shop.advisor().get(listing).json().get("items").size();

        assertThat(question.status()).isEqualTo(200);
        assertThat(question.body())
                .contains("id=\"double-booking-warning\"", "id=\"book-anyway\"", "09:00–10:00", "Second opinion");
        assertThat(before).isEqualTo(1);

        String[] confirmed = java.util.Arrays.copyOf(second, second.length + 2);
        confirmed[second.length] = "confirmDoubleBooking";
        confirmed[second.length + 1] = "true";
        PageClient.Answer booked = advisor.post("/appointments/new", confirmed);

        assertThat(booked.status()).isEqualTo(302);
        assertThat(booked.header("Location")).contains("notice=appointment-double-booked");
        assertThat(shop.advisor().get(listing).json().get("items").size()).isEqualTo(2);
        PageClient.Answer detail = advisor.get(booked.header("Location").replace(baseUrl(), ""));
        assertThat(detail.body()).contains("id=\"double-booking-warning\"", "Lift 1 is also booked");
        assertThat(advisor.get("/appointments?date=2031-04-18&location=" + location())
                        .body())
                .contains("Double-booked");
    }

    @Test
    void checkingInOpensTheRepairOrderAndGoesToIt() {
        PageClient advisor = signedIn(Role.SERVICE_ADVISOR);
        String id = book(advisor, "2031-04-21", "08:30", "");

        PageClient.Answer bad = advisor.post(
                "/appointments/" + id + "/check-in",
                "vehicleId",
                shop.vehicle,
                "odometerIn",
                "forty thousand",
                "concern",
                "Grinding noise from the front left",
                "promisedDate",
                "2031-04-21",
                "promisedTime",
                "17:00",
                "version",
                "0");
        PageClient.Answer stale = advisor.post(
                "/appointments/" + id + "/check-in",
                "vehicleId",
                shop.vehicle,
                "odometerIn",
                "40100",
                "concern",
                "Grinding noise from the front left",
                "version",
                "7");
        PageClient.Answer done = advisor.post(
                "/appointments/" + id + "/check-in",
                "vehicleId",
                shop.vehicle,
                "odometerIn",
                "40100",
                "concern",
                "Grinding noise from the front left",
                "promisedDate",
                "2031-04-21",
                "promisedTime",
                "17:00",
                "version",
                "0");

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("Grinding noise from the front left", "forty thousand");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains("Grinding noise from the front left");
        assertThat(done.status()).isEqualTo(302);
        Matcher order = Pattern.compile("/repair-orders/([0-9a-f-]{36})").matcher(done.header("Location"));
        assertThat(order.find()).isTrue();
        JsonNode opened =
                shop.advisor().get("/api/v1/repair-orders/" + order.group(1)).json();
        assertThat(opened.get("odometerIn").asInt()).isEqualTo(40100);
        assertThat(opened.toString()).contains("Grinding noise from the front left", "Oil change");
        assertThat(opened.get("promisedAt").asString()).isEqualTo("2031-04-21T22:00:00Z");
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() ->
                        assertThat(advisor.get("/appointments/" + id).body()).contains("id=\"repair-order-link\""));
        assertThat(advisor.get("/appointments/" + id + "/check-in").status()).isEqualTo(409);
    }

    @Test
    void cancellingNeedsAReasonAndTakesTheAppointmentOffTheCalendar() {
        PageClient advisor = signedIn(Role.SERVICE_ADVISOR);
        String id = book(advisor, "2031-04-22", "13:00", "");

        PageClient.Answer noReason = advisor.post("/appointments/" + id + "/cancel", "reason", " ", "version", "0");
        PageClient.Answer cancelled =
                advisor.post("/appointments/" + id + "/cancel", "reason", "Customer sold the car", "version", "0");

        assertThat(noReason.status()).isEqualTo(400);
        assertThat(cancelled.status()).isEqualTo(302);
        assertThat(cancelled.header("Location")).contains("notice=appointment-cancelled", "date=2031-04-22");
        assertThat(advisor.get("/appointments?date=2031-04-22&location=" + location())
                        .body())
                .doesNotContain("13:00–14:00");
    }

    @Test
    void aTimeTheShopsClockSkipsIsRefusedAtTheTimeField() {
        PageClient advisor = signedIn(Role.SERVICE_ADVISOR);

        PageClient.Answer answer = advisor.post(
                "/appointments/new",
                "locationId",
                location(),
                "customerId",
                shop.customer,
                "date",
                "2031-03-09",
                "time",
                "02:30",
                "durationMinutes",
                "60",
                "version",
                "");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("does not exist in America/Chicago", "value=\"02:30\"");
    }

    @Test
    void thePickersListMatchingCustomersAndTheirVehiclesButNothingOfAnotherTenant() {
        PageClient advisor = signedIn(Role.SERVICE_ADVISOR);
        TestShops.Shop other = shops.create("Other Picker Garage");
        PageClient stranger = new PageClient(baseUrl()).signIn(other.email(Role.OWNER), TestShops.PASSWORD);

        PageClient.Answer customers =
                advisor.get("/appointments/pickers/customers?customerQuery=diaz", "HX-Request", "true");
        PageClient.Answer vehicles =
                advisor.get("/appointments/pickers/vehicles?customerId=" + shop.customer, "HX-Request", "true");
        PageClient.Answer foreign =
                stranger.get("/appointments/pickers/vehicles?customerId=" + shop.customer, "HX-Request", "true");

        assertThat(customers.status()).isEqualTo(200);
        assertThat(customers.body().strip()).startsWith("<div id=\"customer-picker\"");
        assertThat(customers.body()).contains("Diaz, Rosa", "Honda Civic").doesNotContain("<html", "555 010");
        assertThat(vehicles.body()).contains("RSA 911");
        assertThat(foreign.status()).isEqualTo(200);
        assertThat(foreign.body()).doesNotContain("RSA 911");
        assertThat(signedIn(Role.VIEWER)
                        .get("/appointments/pickers/customers?customerQuery=diaz")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void findWithoutJavaScriptListsTheCustomersAndKeepsWhatWasTyped() {
        PageClient.Answer found = signedIn(Role.SERVICE_ADVISOR)
                .post(
                        "/appointments/new",
                        "locationId",
                        location(),
                        "customerQuery",
                        "diaz",
                        "customerId",
                        "",
                        "date",
                        "2031-04-23",
                        "time",
                        "10:00",
                        "durationMinutes",
                        "45",
                        "services",
                        "Headlight aim",
                        "find",
                        "customer");

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body())
                .contains("Diaz, Rosa", "RSA 911", "value=\"10:00\"", "Headlight aim")
                .doesNotContain("error-summary");
        assertThat(shop.advisor()
                        .get("/api/v1/appointments?locationId=" + location() + "&from=2031-04-23&to=2031-04-24")
                        .json()
                        .get("items"))
                .isEmpty();
    }
}
