package app.pitwall.repairorders;

import static app.pitwall.support.Workshop.created;
import static app.pitwall.support.Workshop.id;
import static app.pitwall.support.Workshop.jobId;
import static app.pitwall.support.Workshop.ok;
import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.access.Role;
import app.pitwall.support.ApiClient;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.TestShops;
import app.pitwall.support.Workshop;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Another tenant's ids, and another location's for staff limited to one, are indistinguishable from ids that do not
 * exist: every work-order endpoint answers 404, changes nothing and lists never show them.
 */
@PitwallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkOrderIsolationTest {

    @Autowired
    TestShops shops;

    @LocalServerPort
    int port;

    Workshop alpha;
    Workshop bravo;
    JsonNode order;
    String appointment;
    String bay;
    String cannedJob;

    @BeforeAll
    void twoShopsWithWork() {
        alpha = Workshop.open(shops, "http://localhost:" + port, "Alpha Isolation");
        bravo = Workshop.open(shops, "http://localhost:" + port, "Bravo Isolation");
        order = alpha.openOrder(List.of(alpha.brakeJob()));
        bay = id(created(alpha.as(Role.MANAGER)
                .post(
                        "/api/v1/bays",
                        Map.of("locationId", alpha.shop.mainLocation().toString(), "name", "Lift 1"))));
        appointment = id(created(alpha.advisor()
                .post(
                        "/api/v1/appointments",
                        Map.of(
                                "locationId",
                                alpha.shop.mainLocation().toString(),
                                "customerId",
                                alpha.customer,
                                "vehicleId",
                                alpha.vehicle,
                                "bayId",
                                bay,
                                "startsAt",
                                "2031-03-10T09:00",
                                "durationMinutes",
                                60))));
        cannedJob = id(created(alpha.advisor()
                .post("/api/v1/canned-jobs", Map.of("name", "Alignment", "title", "Four-wheel alignment"))));
    }

    /** Every request an outsider could make with alpha's ids; all must answer 404. */
    List<Attempt> attemptsOn(ApiClient outsider, boolean withLocationLists) {
        String ro = "/api/v1/repair-orders/" + id(order);
        String job = ro + "/jobs/" + jobId(order, 0);
        String line = job + "/lines/"
                + order.get("jobs").get(0).get("lines").get(0).get("id").asString();
        String location = alpha.shop.mainLocation().toString();
        List<Attempt> attempts = new ArrayList<>(List.of(
                new Attempt("GET", ro, null),
                new Attempt("PATCH", ro, Map.of("internalNotes", "mine")),
                new Attempt("GET", ro + "/history", null),
                new Attempt("POST", ro + "/transitions", Map.of("to", "CANCELLED", "reason", "mine")),
                new Attempt("POST", ro + "/jobs", alpha.filterJob()),
                new Attempt("GET", job, null),
                new Attempt("PATCH", job, Map.of("cause", "mine")),
                new Attempt("DELETE", job, null),
                new Attempt("POST", job + "/completion", null),
                new Attempt("DELETE", job + "/completion", null),
                new Attempt("POST", job + "/lines", Map.of("kind", "LABOR", "description", "x", "amount", "1.00")),
                new Attempt("PATCH", line, Map.of("amount", "1.00")),
                new Attempt("DELETE", line, null),
                new Attempt("POST", ro + "/approval-requests", null),
                new Attempt(
                        "POST",
                        ro + "/verbal-approvals",
                        Map.of("jobIds", List.of(jobId(order, 0)), "approvedBy", "x", "method", "PHONE")),
                new Attempt("GET", ro + "/approvals", null),
                new Attempt("GET", "/api/v1/appointments/" + appointment, null),
                new Attempt("PATCH", "/api/v1/appointments/" + appointment, Map.of("notes", "mine")),
                new Attempt("POST", "/api/v1/appointments/" + appointment + "/cancellation", Map.of("reason", "mine")),
                new Attempt("POST", "/api/v1/appointments/" + appointment + "/check-in", Map.of("odometerIn", 1)),
                new Attempt("GET", "/api/v1/bays/" + bay, null),
                new Attempt("PATCH", "/api/v1/bays/" + bay, Map.of("name", "Mine")),
                new Attempt("GET", "/api/v1/labor-rates/" + alpha.laborRate, null),
                new Attempt("PATCH", "/api/v1/labor-rates/" + alpha.laborRate, Map.of("hourlyRate", "1.00")),
                new Attempt("GET", "/api/v1/vehicles/" + alpha.vehicle + "/deferred-work", null),
                new Attempt("GET", "/api/v1/job-board?locationId=" + location, null),
                new Attempt("GET", "/api/v1/appointments?locationId=" + location, null),
                new Attempt("GET", "/api/v1/appointments/resources?locationId=" + location, null),
                new Attempt("GET", "/api/v1/bays?locationId=" + location, null),
                new Attempt("GET", "/api/v1/labor-rates?locationId=" + location, null),
                new Attempt("POST", "/api/v1/bays", Map.of("locationId", location, "name", "Sneaky")),
                new Attempt(
                        "POST",
                        "/api/v1/labor-rates",
                        Map.of("locationId", location, "name", "Sneaky", "hourlyRate", "1"))));
        if (!withLocationLists) {
            attempts.add(new Attempt("GET", "/api/v1/canned-jobs/" + cannedJob, null));
            attempts.add(new Attempt("PATCH", "/api/v1/canned-jobs/" + cannedJob, Map.of("title", "mine")));
            attempts.add(new Attempt("DELETE", "/api/v1/canned-jobs/" + cannedJob, null));
        }
        return attempts;
    }

    record Attempt(String method, String path, Object body) {}

    @Test
    void anotherTenantGetsNotFoundOnEveryWorkOrderEndpointAndChangesNothing() {
        ApiClient outsider = bravo.as(Role.OWNER);

        for (Attempt attempt : attemptsOn(outsider, false)) {
            ApiClient.Response response = outsider.send(attempt.method(), attempt.path(), attempt.body(), Map.of());
            assertThat(response.status())
                    .as(attempt.method() + " " + attempt.path() + " " + response.body())
                    .isEqualTo(404);
            assertThat(response.body()).doesNotContain("Diaz", "Front brakes", "Lift 1");
        }
        assertUnchanged();
    }

    @Test
    void staffLimitedToAnotherLocationGetNotFoundForThisLocationsWork() {
        ApiClient limited = alpha.limitedAdvisor;

        for (Attempt attempt : attemptsOn(limited, true)) {
            ApiClient.Response response = limited.send(attempt.method(), attempt.path(), attempt.body(), Map.of());
            assertThat(response.status())
                    .as(attempt.method() + " " + attempt.path() + " " + response.body())
                    .isIn(403, 404);
            if (!attempt.path().startsWith("/api/v1/bays") && !attempt.path().startsWith("/api/v1/labor-rates")) {
                assertThat(response.status())
                        .as(attempt.method() + " " + attempt.path())
                        .isEqualTo(404);
            }
        }
        assertThat(limited.get("/api/v1/repair-orders").body()).doesNotContain(id(order));
        assertUnchanged();
    }

    @Test
    void listsNeverShowAnotherTenantsWork() {
        ApiClient outsider = bravo.as(Role.OWNER);
        bravo.openOrder(List.of(bravo.filterJob()));

        for (String query :
                List.of("", "?q=Diaz", "?q=" + order.get("number").asLong(), "?customerId=" + alpha.customer)) {
            String body = outsider.get("/api/v1/repair-orders" + query).body();
            assertThat(body).as(query).doesNotContain(id(order), "Front brakes");
        }
        assertThat(outsider.get("/api/v1/canned-jobs").body()).doesNotContain(cannedJob);
    }

    @Test
    void namingAnotherTenantsCustomerOrVehicleIsBadInput() {
        ApiClient.Response response = bravo.advisor()
                .post(
                        "/api/v1/repair-orders",
                        Map.of(
                                "locationId", bravo.shop.mainLocation().toString(),
                                "customerId", alpha.customer,
                                "vehicleId", alpha.vehicle));
        ApiClient.Response ownCustomerForeignVehicle = bravo.advisor()
                .post(
                        "/api/v1/repair-orders",
                        Map.of(
                                "locationId", bravo.shop.mainLocation().toString(),
                                "customerId", bravo.customer,
                                "vehicleId", alpha.vehicle));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("fields").has("customerId")).isTrue();
        assertThat(ownCustomerForeignVehicle.status()).isEqualTo(400);
        assertThat(ownCustomerForeignVehicle.json().get("fields").has("vehicleId"))
                .isTrue();
    }

    private void assertUnchanged() {
        JsonNode now = ok(alpha.advisor().get("/api/v1/repair-orders/" + id(order)));
        assertThat(now.get("version").asInt()).isEqualTo(order.get("version").asInt());
        assertThat(now.get("status").asString()).isEqualTo("ESTIMATE");
        assertThat(ok(alpha.advisor().get("/api/v1/appointments/" + appointment))
                        .get("status")
                        .asString())
                .isEqualTo("BOOKED");
        assertThat(ok(alpha.advisor().get("/api/v1/bays/" + bay)).get("name").asString())
                .isEqualTo("Lift 1");
        assertThat(ok(alpha.advisor().get("/api/v1/canned-jobs/" + cannedJob))
                        .get("title")
                        .asString())
                .isEqualTo("Four-wheel alignment");
    }
}
