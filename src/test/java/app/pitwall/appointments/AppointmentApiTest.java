package app.pitwall.appointments;

import static app.pitwall.support.Workshop.created;
import static app.pitwall.support.Workshop.id;
import static app.pitwall.support.Workshop.ok;
import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.access.Role;
import app.pitwall.support.ApiClient;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.TestShops;
import app.pitwall.support.Workshop;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The calendar of a shop in America/Chicago: times on the shop's clock and in UTC, daylight-saving gaps refused,
 * double bookings warned but allowed, day and week views, moves, cancellation, and check-in opening the repair order.
 */
@PitwallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AppointmentApiTest {

    @Autowired
    TestShops shops;

    @LocalServerPort
    int port;

    Workshop shop;
    String bay;
    String otherBay;

    @BeforeAll
    void openTheShop() {
        shop = Workshop.open(shops, "http://localhost:" + port, "Calendar Garage");
        bay = id(created(
                shop.as(Role.MANAGER).post("/api/v1/bays", Map.of("locationId", location(), "name", "Lift 1"))));
        otherBay = id(created(
                shop.as(Role.MANAGER).post("/api/v1/bays", Map.of("locationId", location(), "name", "Lift 2"))));
    }

    String location() {
        return shop.shop.mainLocation().toString();
    }

    ApiClient.Response book(String startsAt, int minutes, String bayId, String technician) {
        Map<String, Object> body = new HashMap<>();
        body.put("locationId", location());
        body.put("customerId", shop.customer);
        body.put("vehicleId", shop.vehicle);
        body.put("startsAt", startsAt);
        body.put("durationMinutes", minutes);
        body.put("requestedServices", List.of("Oil change", "Tyre rotation"));
        if (bayId != null) {
            body.put("bayId", bayId);
        }
        if (technician != null) {
            body.put("technicianId", technician);
        }
        return shop.advisor().post("/api/v1/appointments", body);
    }

    @Test
    void aMergePatchFreesTheBayAndTechnicianWithNullAndKeepsWhatItLeavesOut() {
        JsonNode booked = created(book("2031-09-01T08:00", 60, bay, shop.user(Role.TECHNICIAN)));
        String path = "/api/v1/appointments/" + id(booked);

        JsonNode freed = ok(shop.advisor().patch(path, "{\"bayId\": null, \"technicianId\": null, \"notes\": null}"));
        ApiClient.Response startless = shop.advisor().patch(path, "{\"startsAt\": null}");
        ApiClient.Response oldForm = shop.advisor().patch(path, Map.of("clearBay", true, "version", 1));

        assertThat(freed.get("bayId").isNull()).isTrue();
        assertThat(freed.get("technicianId").isNull()).isTrue();
        assertThat(freed.get("startsAt").asString())
                .as("left out, so kept")
                .isEqualTo(booked.get("startsAt").asString());
        assertThat(startless.status()).isEqualTo(400);
        assertThat(startless.json().get("fields").get("startsAt").asString()).isEqualTo("cannot be cleared");
        assertThat(oldForm.status()).as("clearBay is gone").isEqualTo(400);
    }

    @Test
    void timesAreTakenOnTheShopsClockAndAnsweredInUtcAndLocalTime() {
        JsonNode booked = created(book("2031-03-10T09:00", 90, null, null));
        JsonNode withOffset = created(book("2031-03-10T20:00:00Z", 30, null, null));

        assertThat(booked.get("startsAt").asString()).isEqualTo("2031-03-10T14:00:00Z");
        assertThat(booked.get("endsAt").asString()).isEqualTo("2031-03-10T15:30:00Z");
        assertThat(booked.get("startsAtLocal").asString()).isEqualTo("2031-03-10T09:00:00");
        assertThat(booked.get("timeZone").asString()).isEqualTo("America/Chicago");
        assertThat(booked.get("customerName").asString()).isEqualTo("Diaz, Rosa");
        assertThat(withOffset.get("startsAtLocal").asString()).isEqualTo("2031-03-10T15:00:00");
    }

    @Test
    void aTimeSkippedByTheClockChangeIsRefused() {
        ApiClient.Response response = book("2031-03-09T02:30", 60, null, null);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("fields").get("startsAt").asString()).contains("does not exist");
    }

    @Test
    void doubleBookingABayOrATechnicianIsWarnedNotRefused() {
        String technician = shop.user(Role.TECHNICIAN);
        JsonNode first = created(book("2031-04-01T08:00", 120, bay, technician));
        JsonNode sameBay = created(book("2031-04-01T09:00", 60, bay, null));
        JsonNode sameTechnician = created(book("2031-04-01T09:30", 60, otherBay, technician));
        JsonNode afterwards = created(book("2031-04-01T10:30", 60, bay, technician));

        assertThat(first.get("warnings")).isEmpty();
        assertThat(sameBay.get("warnings")).hasSize(1);
        assertThat(sameBay.get("warnings").get(0).get("code").asString()).isEqualTo("BAY_DOUBLE_BOOKED");
        assertThat(sameBay.get("warnings").get(0).get("otherAppointmentId").asString())
                .isEqualTo(id(first));
        assertThat(sameTechnician.get("warnings").get(0).get("code").asString()).isEqualTo("TECHNICIAN_DOUBLE_BOOKED");
        assertThat(afterwards.get("warnings")).isEmpty();
        JsonNode firstNow = ok(shop.advisor().get("/api/v1/appointments/" + id(first)));
        assertThat(firstNow.get("warnings")).hasSize(2);
    }

    @Test
    void theDayAndWeekViewsShowTheAppointmentsOfThatTime() {
        created(book("2031-05-05T08:00", 60, null, null));
        created(book("2031-05-07T08:00", 60, null, null));
        created(book("2031-05-13T08:00", 60, null, null));

        JsonNode day = ok(
                shop.advisor().get("/api/v1/appointments?locationId=" + location() + "&from=2031-05-05&to=2031-05-06"));
        JsonNode week = ok(
                shop.advisor().get("/api/v1/appointments?locationId=" + location() + "&from=2031-05-05&to=2031-05-12"));
        JsonNode paged = ok(shop.advisor()
                .get("/api/v1/appointments?locationId=" + location() + "&from=2031-05-05&to=2031-05-12&limit=1"));

        assertThat(day.get("items")).hasSize(1);
        assertThat(week.get("items")).hasSize(2);
        assertThat(paged.get("items")).hasSize(1);
        assertThat(paged.get("nextCursor").asString()).isNotBlank();
    }

    @Test
    void movingAnAppointmentRecomputesItsWarningsAndVersion() {
        JsonNode first = created(book("2031-06-02T08:00", 60, bay, null));
        JsonNode second = created(book("2031-06-02T10:00", 60, bay, null));

        JsonNode moved = ok(shop.advisor()
                .patch("/api/v1/appointments/" + id(second), Map.of("startsAt", "2031-06-02T08:30", "version", 0)));
        ApiClient.Response stale = shop.advisor()
                .patch("/api/v1/appointments/" + id(second), Map.of("startsAt", "2031-06-02T11:00", "version", 0));

        assertThat(moved.get("startsAtLocal").asString()).isEqualTo("2031-06-02T08:30:00");
        assertThat(moved.get("endsAtLocal").asString()).isEqualTo("2031-06-02T09:30:00");
        assertThat(moved.get("warnings").get(0).get("otherAppointmentId").asString())
                .isEqualTo(id(first));
        assertThat(moved.get("version").asInt()).isEqualTo(1);
        assertThat(stale.status()).isEqualTo(409);
    }

    @Test
    void checkingInOpensTheRepairOrderOnce() {
        JsonNode booked = created(book("2031-07-01T08:00", 60, bay, shop.user(Role.TECHNICIAN)));

        JsonNode order = created(shop.advisor()
                .post(
                        "/api/v1/appointments/" + id(booked) + "/check-in",
                        Map.of(
                                "odometerIn",
                                51234,
                                "concern",
                                "Noise from the front left",
                                "promisedAt",
                                "2031-07-01T17:00")));
        ApiClient.Response again =
                shop.advisor().post("/api/v1/appointments/" + id(booked) + "/check-in", Map.of("odometerIn", 1));

        assertThat(order.get("status").asString()).isEqualTo("ESTIMATE");
        assertThat(order.get("appointmentId").asString()).isEqualTo(id(booked));
        assertThat(order.get("odometerIn").asInt()).isEqualTo(51234);
        assertThat(order.get("promisedAt").asString()).isEqualTo("2031-07-01T22:00:00Z");
        assertThat(order.get("promisedAtLocal").asString()).isEqualTo("2031-07-01T17:00:00");
        assertThat(order.get("concerns").toString())
                .contains("Noise from the front left", "Oil change", "Tyre rotation");
        assertThat(order.get("technicianIds").get(0).asString()).isEqualTo(shop.user(Role.TECHNICIAN));
        JsonNode appointment = Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(
                        () -> ok(shop.advisor().get("/api/v1/appointments/" + id(booked))),
                        arrived -> arrived.get("status").asString().equals("CHECKED_IN"));
        assertThat(appointment.get("repairOrderId").asString())
                .as("marked arrived by the listener once the order committed")
                .isEqualTo(id(order));
        assertThat(again.json().get("type").asString())
                .as("checked in already (before the listener ran) or closed (after it)")
                .isIn(
                        "https://pitwall.app/problems/appointment-checked-in",
                        "https://pitwall.app/problems/appointment-closed");
        assertThat(shop.advisor()
                        .post("/api/v1/appointments/" + id(booked) + "/check-in", Map.of("odometerIn", 1))
                        .status())
                .as("a rule refused: the appointment is closed")
                .isEqualTo(422);
    }

    @Test
    void aCancelledAppointmentNoLongerChangesOrClashes() {
        JsonNode booked = created(book("2031-08-01T08:00", 60, bay, null));

        JsonNode cancelled = ok(shop.advisor()
                .post("/api/v1/appointments/" + id(booked) + "/cancellation", Map.of("reason", "Customer called off")));
        JsonNode sameSlot = created(book("2031-08-01T08:00", 60, bay, null));

        assertThat(cancelled.get("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.get("cancelReason").asString()).isEqualTo("Customer called off");
        assertThat(sameSlot.get("warnings")).isEmpty();
        assertThat(shop.advisor()
                        .patch("/api/v1/appointments/" + id(booked), Map.of("notes", "x"))
                        .status())
                .isEqualTo(422);
    }

    @Test
    void theCalendarsResourcesAreTheLocationsBaysAndTechnicians() {
        JsonNode resources = ok(shop.advisor().get("/api/v1/appointments/resources?locationId=" + location()));
        List<JsonNode> items = new java.util.ArrayList<>();
        resources.get("items").forEach(items::add);

        assertThat(items.stream()
                        .filter(item -> item.get("kind").asString().equals("BAY"))
                        .map(item -> item.get("name").asString()))
                .contains("Lift 1", "Lift 2");
        List<String> technicians = items.stream()
                .filter(item -> item.get("kind").asString().equals("TECHNICIAN"))
                .map(item -> item.get("id").asString())
                .toList();
        assertThat(technicians).contains(shop.user(Role.TECHNICIAN)).doesNotContain(shop.user(Role.VIEWER));
        assertThat(resources.get("nextCursor").isNull()).isTrue();

        JsonNode first = ok(shop.advisor().get("/api/v1/appointments/resources?limit=1&locationId=" + location()));
        assertThat(first.get("items")).hasSize(1);
        assertThat(first.get("items").get(0).get("kind").asString()).isEqualTo("BAY");
        JsonNode second = ok(shop.advisor()
                .get("/api/v1/appointments/resources?limit=1&locationId=" + location() + "&cursor="
                        + first.get("nextCursor").asString()));
        assertThat(second.get("items").get(0).get("id").asString())
                .isEqualTo(items.get(1).get("id").asString());
    }

    @Test
    void aBookingWithoutAnEndOrWithAForeignBayIsBadInput() {
        Map<String, Object> noEnd =
                Map.of("locationId", location(), "customerId", shop.customer, "startsAt", "2031-09-01T08:00");
        ApiClient.Response missingEnd = shop.advisor().post("/api/v1/appointments", noEnd);
        ApiClient.Response foreignBay =
                book("2031-09-01T08:00", 60, java.util.UUID.randomUUID().toString(), null);

        assertThat(missingEnd.status()).isEqualTo(400);
        assertThat(missingEnd.json().get("fields").has("endsAt")).isTrue();
        assertThat(foreignBay.status()).isEqualTo(400);
        assertThat(foreignBay.json().get("fields").has("bayId")).isTrue();
    }
}
