package app.pitwall.support;

import app.pitwall.access.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * How to call each data-changing endpoint of the work-order module successfully, for the audit coverage test. Each
 * fixture makes its own order, appointment, bay, rate or canned job through the API, then returns the one call whose
 * audit entry is expected.
 */
public class WorkOrderAuditedEndpoints implements AuditedEndpoints {

    private static final String ORDERS = "/api/v1/repair-orders";

    @Override
    public void register(Registry registry) {
        registerOrders(registry);
        registerJobsAndLines(registry);
        registerApprovals(registry);
        registerAppointments(registry);
        registerSetup(registry);
    }

    private void registerOrders(Registry registry) {
        registry.on("POST " + ORDERS, shop -> {
            ApiClient advisor = shop.as(Role.SERVICE_ADVISOR);
            Map<String, Object> body = openBody(shop, advisor);
            return () -> advisor.post(ORDERS, body);
        });
        registry.on("PATCH " + ORDERS + "/{id}", shop -> {
            ApiClient advisor = shop.as(Role.SERVICE_ADVISOR);
            String order = id(open(shop, advisor));
            return () -> advisor.patch(ORDERS + "/" + order, Map.of("internalNotes", "Customer waits in the lounge"));
        });
        registry.on("POST " + ORDERS + "/{id}/transitions", shop -> {
            ApiClient advisor = shop.as(Role.SERVICE_ADVISOR);
            String order = id(open(shop, advisor));
            return () -> advisor.post(
                    ORDERS + "/" + order + "/transitions", Map.of("to", "CANCELLED", "reason", "Customer sold it"));
        });
    }

    private void registerJobsAndLines(Registry registry) {
        String job = ORDERS + "/{id}/jobs/{jobId}";
        registry.on("POST " + ORDERS + "/{id}/jobs", shop -> {
            ApiClient advisor = shop.as(Role.SERVICE_ADVISOR);
            String order = id(open(shop, advisor));
            return () -> advisor.post(ORDERS + "/" + order + "/jobs", Map.of("title", "Wiper blades"));
        });
        registry.on("PATCH " + job, shop -> {
            ApiClient advisor = shop.as(Role.SERVICE_ADVISOR);
            String path = firstJob(open(shop, advisor));
            return () -> advisor.patch(path, Map.of("cause", "Worn pads"));
        });
        registry.on("DELETE " + job, shop -> {
            ApiClient advisor = shop.as(Role.SERVICE_ADVISOR);
            String path = firstJob(open(shop, advisor));
            return () -> advisor.delete(path);
        });
        registry.on("POST " + job + "/completion", shop -> {
            ApiClient technician = shop.as(Role.TECHNICIAN);
            String path = firstJob(startedWork(shop));
            return () -> technician.post(path + "/completion", null);
        });
        registry.on("DELETE " + job + "/completion", shop -> {
            ApiClient technician = shop.as(Role.TECHNICIAN);
            String path = firstJob(startedWork(shop));
            ok(technician.post(path + "/completion", null));
            return () -> technician.delete(path + "/completion");
        });
        registry.on("POST " + job + "/lines", shop -> {
            ApiClient advisor = shop.as(Role.SERVICE_ADVISOR);
            String path = firstJob(open(shop, advisor));
            return () -> advisor.post(
                    path + "/lines", Map.of("kind", "LABOR", "description", "Bleed brakes", "amount", "40.00"));
        });
        registry.on("PATCH " + job + "/lines/{lineId}", shop -> {
            ApiClient advisor = shop.as(Role.SERVICE_ADVISOR);
            String path = firstLine(open(shop, advisor));
            return () -> advisor.patch(path, Map.of("description", "Inspect and adjust"));
        });
        registry.on("DELETE " + job + "/lines/{lineId}", shop -> {
            ApiClient advisor = shop.as(Role.SERVICE_ADVISOR);
            String path = firstLine(open(shop, advisor));
            return () -> advisor.delete(path);
        });
    }

    private void registerApprovals(Registry registry) {
        registry.on("POST " + ORDERS + "/{id}/approval-requests", shop -> {
            ApiClient advisor = shop.as(Role.SERVICE_ADVISOR);
            String order = id(open(shop, advisor));
            return () -> advisor.post(ORDERS + "/" + order + "/approval-requests", null);
        });
        registry.on("POST " + ORDERS + "/{id}/verbal-approvals", shop -> {
            ApiClient advisor = shop.as(Role.SERVICE_ADVISOR);
            JsonNode order = open(shop, advisor);
            String jobId = order.get("jobs").get(0).get("id").asString();
            return () -> advisor.post(
                    ORDERS + "/" + id(order) + "/verbal-approvals",
                    Map.of("jobIds", List.of(jobId), "approvedBy", "Rosa Diaz", "method", "PHONE"));
        });
        registry.on("POST /api/v1/approvals/{token}", shop -> {
            ApiClient advisor = shop.as(Role.SERVICE_ADVISOR);
            String order = id(open(shop, advisor));
            String token = made(advisor.post(ORDERS + "/" + order + "/approval-requests", null))
                    .get("token")
                    .asString();
            ApiClient customer = shop.anonymous();
            JsonNode estimate = ok(customer.get("/api/v1/approvals/" + token));
            List<Map<String, Object>> decisions = new ArrayList<>();
            for (JsonNode shown : estimate.get("jobs")) {
                decisions.add(Map.of(
                        "jobId", shown.get("id").asString(),
                        "decision", "APPROVED",
                        "versionHash", shown.get("versionHash").asString()));
            }
            return () -> customer.post(
                    "/api/v1/approvals/" + token, Map.of("signature", "Rosa Diaz", "decisions", decisions));
        });
    }

    private void registerAppointments(Registry registry) {
        String appointments = "/api/v1/appointments";
        registry.on("POST " + appointments, shop -> {
            ApiClient advisor = shop.as(Role.SERVICE_ADVISOR);
            Map<String, Object> body = bookBody(shop, advisor);
            return () -> advisor.post(appointments, body);
        });
        registry.on("PATCH " + appointments + "/{id}", shop -> {
            ApiClient advisor = shop.as(Role.SERVICE_ADVISOR);
            String booked = id(made(advisor.post(appointments, bookBody(shop, advisor))));
            return () -> advisor.patch(appointments + "/" + booked, Map.of("durationMinutes", 90));
        });
        registry.on("POST " + appointments + "/{id}/cancellation", shop -> {
            ApiClient advisor = shop.as(Role.SERVICE_ADVISOR);
            String booked = id(made(advisor.post(appointments, bookBody(shop, advisor))));
            return () ->
                    advisor.post(appointments + "/" + booked + "/cancellation", Map.of("reason", "Customer called"));
        });
        registry.on("POST " + appointments + "/{id}/check-in", shop -> {
            ApiClient advisor = shop.as(Role.SERVICE_ADVISOR);
            String booked = id(made(advisor.post(appointments, bookBody(shop, advisor))));
            return () -> advisor.post(
                    appointments + "/" + booked + "/check-in", Map.of("odometerIn", 42000, "concern", "Squeal"));
        });
    }

    private void registerSetup(Registry registry) {
        registry.on("POST /api/v1/bays", shop -> {
            ApiClient manager = shop.as(Role.MANAGER);
            return () -> manager.post("/api/v1/bays", bayBody(shop));
        });
        registry.on("PATCH /api/v1/bays/{id}", shop -> {
            ApiClient manager = shop.as(Role.MANAGER);
            String bay = id(made(manager.post("/api/v1/bays", bayBody(shop))));
            return () -> manager.patch("/api/v1/bays/" + bay, Map.of("active", false));
        });
        registry.on("POST /api/v1/labor-rates", shop -> {
            ApiClient manager = shop.as(Role.MANAGER);
            return () -> manager.post("/api/v1/labor-rates", rateBody(shop));
        });
        registry.on("PATCH /api/v1/labor-rates/{id}", shop -> {
            ApiClient manager = shop.as(Role.MANAGER);
            String rate = id(made(manager.post("/api/v1/labor-rates", rateBody(shop))));
            return () -> manager.patch("/api/v1/labor-rates/" + rate, Map.of("hourlyRate", "135.00"));
        });
        registry.on("POST /api/v1/canned-jobs", shop -> {
            ApiClient advisor = shop.as(Role.SERVICE_ADVISOR);
            return () -> advisor.post("/api/v1/canned-jobs", cannedBody());
        });
        registry.on("PATCH /api/v1/canned-jobs/{id}", shop -> {
            ApiClient advisor = shop.as(Role.SERVICE_ADVISOR);
            String canned = id(made(advisor.post("/api/v1/canned-jobs", cannedBody())));
            return () -> advisor.patch("/api/v1/canned-jobs/" + canned, Map.of("title", "Brake fluid flush"));
        });
        registry.on("DELETE /api/v1/canned-jobs/{id}", shop -> {
            ApiClient advisor = shop.as(Role.SERVICE_ADVISOR);
            String canned = id(made(advisor.post("/api/v1/canned-jobs", cannedBody())));
            return () -> advisor.delete("/api/v1/canned-jobs/" + canned);
        });
        registry.on("PUT /api/v1/repair-order-settings", shop -> {
            ApiClient owner = shop.as(Role.OWNER);
            return () ->
                    owner.send("PUT", "/api/v1/repair-order-settings", Map.of("discountCapPercent", "12.5"), Map.of());
        });
    }

    /** An estimate at the shop's main location with one job of one flat labor line, for the shop's technician. */
    private static JsonNode open(Shop shop, ApiClient advisor) {
        return made(advisor.post(ORDERS, openBody(shop, advisor)));
    }

    private static Map<String, Object> openBody(Shop shop, ApiClient advisor) {
        String vehicle = shop.newVehicle(advisor);
        String customer =
                ok(advisor.get("/api/v1/vehicles/" + vehicle)).get("customerId").asString();
        return Map.of(
                "locationId", shop.shop().mainLocation().toString(),
                "customerId", customer,
                "vehicleId", vehicle,
                "technicianIds", List.of(technician(shop)),
                "jobs",
                        List.of(Map.of(
                                "title", "Front brakes",
                                "technicianId", technician(shop),
                                "lines",
                                        List.of(Map.of(
                                                "kind", "LABOR", "description", "Replace pads", "amount", "90.00")))));
    }

    /** An order whose only job was approved by phone and on which the technician started work. */
    private static JsonNode startedWork(Shop shop) {
        ApiClient advisor = shop.as(Role.SERVICE_ADVISOR);
        JsonNode order = open(shop, advisor);
        String jobId = order.get("jobs").get(0).get("id").asString();
        made(advisor.post(
                ORDERS + "/" + id(order) + "/verbal-approvals",
                Map.of("jobIds", List.of(jobId), "approvedBy", "Rosa Diaz", "method", "PHONE")));
        ok(advisor.post(ORDERS + "/" + id(order) + "/transitions", Map.of("to", "IN_PROGRESS")));
        return order;
    }

    private static Map<String, Object> bookBody(Shop shop, ApiClient advisor) {
        String vehicle = shop.newVehicle(advisor);
        String customer =
                ok(advisor.get("/api/v1/vehicles/" + vehicle)).get("customerId").asString();
        return Map.of(
                "locationId",
                shop.shop().mainLocation().toString(),
                "customerId",
                customer,
                "vehicleId",
                vehicle,
                "startsAt",
                "2031-01-06T09:00",
                "durationMinutes",
                60,
                "requestedServices",
                List.of("Oil change"));
    }

    private static Map<String, Object> bayBody(Shop shop) {
        return Map.of(
                "locationId",
                shop.shop().mainLocation().toString(),
                "name",
                "Bay " + UUID.randomUUID().toString().substring(0, 8));
    }

    private static Map<String, Object> rateBody(Shop shop) {
        return Map.of(
                "locationId",
                shop.shop().mainLocation().toString(),
                "name",
                "Rate " + UUID.randomUUID().toString().substring(0, 8),
                "hourlyRate",
                "120.00");
    }

    private static Map<String, Object> cannedBody() {
        return Map.of(
                "name",
                "Brakes " + UUID.randomUUID().toString().substring(0, 8),
                "title",
                "Brake fluid",
                "lines",
                List.of(Map.of("kind", "LABOR", "description", "Flush", "amount", "60.00")));
    }

    private static String technician(Shop shop) {
        return shop.shop().users().get(Role.TECHNICIAN).toString();
    }

    private static String firstJob(JsonNode order) {
        return ORDERS + "/" + id(order) + "/jobs/"
                + order.get("jobs").get(0).get("id").asString();
    }

    private static String firstLine(JsonNode order) {
        JsonNode job = order.get("jobs").get(0);
        return firstJob(order) + "/lines/" + job.get("lines").get(0).get("id").asString();
    }

    private static String id(JsonNode node) {
        return node.get("id").asString();
    }

    private static JsonNode made(ApiClient.Response response) {
        if (response.status() != 201) {
            throw new IllegalStateException("Fixture not made: " + response.status() + " " + response.body());
        }
        return response.json();
    }

    private static JsonNode ok(ApiClient.Response response) {
        if (response.status() != 200) {
            throw new IllegalStateException("Fixture call failed: " + response.status() + " " + response.body());
        }
        return response.json();
    }
}
