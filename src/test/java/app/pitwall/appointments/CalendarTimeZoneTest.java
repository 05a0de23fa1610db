package app.pitwall.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.access.Role;
import app.pitwall.identity.StaffAccounts;
import app.pitwall.platform.TenantId;
import app.pitwall.platform.TenantScope;
import app.pitwall.support.ApiClient;
import app.pitwall.support.PageClient;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.TestShops;
import app.pitwall.tenancy.Location;
import app.pitwall.tenancy.LocationId;
import app.pitwall.tenancy.Tenants;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A shop on Kiritimati (UTC+14, fourteen hours ahead of the server's UTC): the calendar shows and the forms take the
 * shop's own clock, so 09:00 on the form is 19:00 UTC the day before, and an appointment at 20:30 UTC shows at 10:30
 * the next day on the shop's calendar.
 */
@PitwallIntegrationTest
class CalendarTimeZoneTest {

    private static final ZoneId KIRITIMATI = ZoneId.of("Pacific/Kiritimati");

    @Autowired
    Tenants tenants;

    @Autowired
    StaffAccounts staff;

    @Autowired
    TransactionTemplate transactions;

    @LocalServerPort
    int port;

    UUID location;
    String advisorEmail;
    ApiClient api;
    String customer;
    String vehicle;

    @BeforeEach
    void openAShopOnTheOtherSideOfTheDateLine() {
        TenantId tenant = new TenantId(UUID.randomUUID());
        location = UUID.randomUUID();
        advisorEmail = "advisor-" + tenant.value().toString().substring(0, 8) + "@line-islands.example";
        TenantScope.runAs(
                tenant,
                () -> transactions.executeWithoutResult(status -> {
                    tenants.create(
                            tenant,
                            "Line Islands Motors",
                            List.of(new Location(
                                    tenant,
                                    new LocationId(location),
                                    "Kiritimati",
                                    Location.Kind.REPAIR_SHOP,
                                    new Location.Address("1 Main Road", "London", "", "", "KI"),
                                    KIRITIMATI,
                                    Currency.getInstance("AUD"),
                                    new BigDecimal("0"),
                                    new BigDecimal("0"))));
                    staff.create(
                            tenant, "Tia Advisor", advisorEmail, TestShops.PASSWORD, Role.SERVICE_ADVISOR, Set.of());
                }));
        api = new ApiClient(baseUrl()).signIn(advisorEmail, TestShops.PASSWORD);
        customer = api.post(
                        "/api/v1/customers",
                        Map.of("firstName", "Teuea", "lastName", "Toatu", "locationId", location.toString()))
                .json()
                .get("id")
                .asString();
        vehicle = api.post(
                        "/api/v1/vehicles",
                        Map.of("customerId", customer, "plate", "KI 1", "make", "Toyota", "model", "Hilux"))
                .json()
                .get("id")
                .asString();
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    @Test
    void theFormTakesAndTheCalendarShowsTheLocationsClock() {
        PageClient advisor = new PageClient(baseUrl()).signIn(advisorEmail, TestShops.PASSWORD);

        PageClient.Answer booked = advisor.post(
                "/appointments/new",
                "locationId",
                location.toString(),
                "customerId",
                customer,
                "vehicleId",
                vehicle,
                "date",
                "2031-06-02",
                "time",
                "09:00",
                "durationMinutes",
                "60",
                "services",
                "Service",
                "version",
                "");
        assertThat(booked.status()).as(booked.body()).isEqualTo(302);
        Matcher id = Pattern.compile("/appointments/([0-9a-f-]{36})").matcher(booked.header("Location"));
        assertThat(id.find()).isTrue();

        JsonNode stored = api.get("/api/v1/appointments/" + id.group(1)).json();
        assertThat(stored.get("startsAt").asString()).isEqualTo("2031-06-01T19:00:00Z");

        PageClient.Answer dayOfTheShop = advisor.get("/appointments?date=2031-06-02&location=" + location);
        PageClient.Answer dayInUtc = advisor.get("/appointments?date=2031-06-01&location=" + location);
        assertThat(dayOfTheShop.body()).contains("09:00–10:00", "Toatu, Teuea", "Pacific/Kiritimati");
        assertThat(dayInUtc.body()).doesNotContain("Toatu, Teuea");
        assertThat(advisor.get("/appointments/" + id.group(1) + "/edit").body())
                .contains("value=\"09:00\"", "value=\"2031-06-02\"");
    }

    @Test
    void anInstantBookedOverTheApiShowsOnTheShopsNextDay() {
        api.post(
                "/api/v1/appointments",
                Map.of(
                        "locationId",
                        location.toString(),
                        "customerId",
                        customer,
                        "startsAt",
                        "2031-06-02T20:30:00Z",
                        "durationMinutes",
                        30));
        PageClient advisor = new PageClient(baseUrl()).signIn(advisorEmail, TestShops.PASSWORD);

        assertThat(advisor.get("/appointments?date=2031-06-03&location=" + location)
                        .body())
                .contains("10:30–11:00", "Toatu, Teuea");
        assertThat(advisor.get("/appointments?date=2031-06-02&location=" + location)
                        .body())
                .doesNotContain("Toatu, Teuea");
    }
}
