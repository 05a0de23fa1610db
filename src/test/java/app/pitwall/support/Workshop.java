package app.pitwall.support;

import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.access.Role;
import app.pitwall.repairorders.RepairOrder;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A shop ready for repair-order tests, built over the API: every role signed in, a customer with a vehicle at the
 * main location, a default labor rate of 120.00 there, and helpers to open orders and move them along.
 */
public final class Workshop {

    public final TestShops.Shop shop;
    public final Map<Role, ApiClient> staff = new EnumMap<>(Role.class);
    public final ApiClient limitedAdvisor;
    public final String customer;
    public final String vehicle;
    public final String laborRate;

    private Workshop(TestShops.Shop shop, String base) {
        this.shop = shop;
        for (Role role : Role.values()) {
            staff.put(role, new ApiClient(base).signIn(shop.email(role), TestShops.PASSWORD));
        }
        limitedAdvisor = new ApiClient(base).signIn(shop.limitedAdvisorEmail(), TestShops.PASSWORD);
        customer = created(advisor()
                        .post(
                                "/api/v1/customers",
                                Map.of(
                                        "firstName",
                                        "Rosa",
                                        "lastName",
                                        "Diaz",
                                        "locationId",
                                        shop.mainLocation().toString(),
                                        "phones",
                                        List.of("555 010 2233"))))
                .get("id")
                .asString();
        vehicle = created(advisor()
                        .post(
                                "/api/v1/vehicles",
                                Map.of(
                                        "customerId",
                                        customer,
                                        "plate",
                                        "RSA 911",
                                        "year",
                                        2019,
                                        "make",
                                        "Honda",
                                        "model",
                                        "Civic")))
                .get("id")
                .asString();
        laborRate = created(as(Role.MANAGER)
                        .post(
                                "/api/v1/labor-rates",
                                Map.of(
                                        "locationId",
                                        shop.mainLocation().toString(),
                                        "name",
                                        "Standard",
                                        "hourlyRate",
                                        "120.00",
                                        "isDefault",
                                        true)))
                .get("id")
                .asString();
    }

    public static Workshop open(TestShops shops, String base, String name) {
        return new Workshop(shops.create(name), base);
    }

    public ApiClient as(Role role) {
        return staff.get(role);
    }

    public ApiClient advisor() {
        return as(Role.SERVICE_ADVISOR);
    }

    public String user(Role role) {
        return shop.users().get(role).toString();
    }

    /**
     * Opens a walk-in order at the main location with the given jobs, its odometer in at 42,000; answers its JSON. The
     * reading is confirmed even where a test has moved the vehicle's history past it, so the fixture opens in any
     * order of tests (the warning itself is {@code OdometerAtCheckInBrowserTest}'s).
     */
    public JsonNode openOrder(List<Map<String, Object>> jobs) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("locationId", shop.mainLocation().toString());
        body.put("customerId", customer);
        body.put("vehicleId", vehicle);
        body.put("odometerIn", 42000);
        body.put("confirmLowerOdometer", true);
        body.put("concerns", List.of("Squeal when braking"));
        body.put("jobs", jobs);
        return created(advisor().post("/api/v1/repair-orders", body));
    }

    /** A brake job (1.5 h labor at the default rate and a pair of pads) assigned to the shop's technician. */
    public Map<String, Object> brakeJob() {
        return Map.of(
                "title",
                "Front brakes",
                "complaint",
                "Squeal when braking",
                "technicianId",
                user(Role.TECHNICIAN),
                "lines",
                List.of(
                        Map.of("kind", "LABOR", "description", "Replace front pads", "hours", "1.5"),
                        Map.of(
                                "kind", "PART",
                                "description", "Brake pads",
                                "partNumber", "BP-100",
                                "quantity", "1",
                                "unitCost", "22.00",
                                "unitPrice", "54.99")));
    }

    public Map<String, Object> filterJob() {
        return Map.of(
                "title",
                "Cabin filter",
                "lines",
                List.of(Map.of(
                        "kind", "PART",
                        "description", "Cabin filter",
                        "quantity", "1",
                        "unitCost", "8.00",
                        "unitPrice", "19.99")));
    }

    /**
     * An order with the brake job (assigned to the technician) and the filter job, brought over the API to {@code
     * status}: approved by phone (the brake job only), started, held, finished or cancelled as the status needs.
     */
    public JsonNode orderIn(RepairOrder.Status status) {
        JsonNode order = openOrder(List.of(brakeJob(), filterJob()));
        String base = "/api/v1/repair-orders/" + id(order);
        ApiClient advisor = advisor();
        switch (status) {
            case ESTIMATE -> {}
            case AWAITING_APPROVAL -> ok(advisor.post(base + "/transitions", Map.of("to", "AWAITING_APPROVAL")));
            case CANCELLED ->
                ok(advisor.post(base + "/transitions", Map.of("to", "CANCELLED", "reason", "Sold the car")));
            default -> {
                created(advisor.post(
                        base + "/verbal-approvals",
                        Map.of("jobIds", List.of(jobId(order, 0)), "approvedBy", "Rosa Diaz", "method", "PHONE")));
                if (status != RepairOrder.Status.APPROVED) {
                    ok(advisor.post(base + "/transitions", Map.of("to", "IN_PROGRESS")));
                }
                if (status == RepairOrder.Status.ON_HOLD) {
                    ok(advisor.post(base + "/transitions", Map.of("to", "ON_HOLD", "reason", "Waiting for pads")));
                }
                if (status == RepairOrder.Status.READY) {
                    ok(advisor.post(base + "/jobs/" + jobId(order, 0) + "/completion", null));
                    ok(advisor.post(base + "/transitions", Map.of("to", "READY")));
                }
            }
        }
        JsonNode now = ok(advisor.get(base));
        assertThat(now.get("status").asString()).isEqualTo(status.name());
        return now;
    }

    public static JsonNode created(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 201);
        return response.json();
    }

    public static JsonNode ok(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    public static String id(JsonNode node) {
        return node.get("id").asString();
    }

    public static String jobId(JsonNode order, int index) {
        return order.get("jobs").get(index).get("id").asString();
    }
}
