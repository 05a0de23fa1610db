package app.pitwall.support;

import app.pitwall.access.Role;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * How to call each data-changing endpoint of the billing module successfully, for the audit coverage test: each
 * fixture makes its own payer, or a READY order with its one job done and the odometer out entered, then returns the
 * one call whose audit entry is expected.
 */
public class BillingAuditedEndpoints implements AuditedEndpoints {

    private static final String INVOICES = "/api/v1/invoices";

    @Override
    public void register(Registry registry) {
        registry.on("POST /api/v1/payers", shop -> () -> shop.as(Role.SERVICE_ADVISOR)
                .post("/api/v1/payers", Map.of("kind", "WARRANTY", "name", "Audited warranty " + UUID.randomUUID())));
        registry.on("PATCH /api/v1/payers/{id}", shop -> {
            ApiClient advisor = shop.as(Role.SERVICE_ADVISOR);
            String payer = ok(advisor.post(
                            "/api/v1/payers", Map.of("kind", "FLEET", "name", "Audited fleet " + UUID.randomUUID())))
                    .get("id")
                    .asString();
            return () -> advisor.patch("/api/v1/payers/" + payer, Map.of("terms", "NET_15"));
        });
        registry.on("PUT /api/v1/billing-settings", shop -> () -> shop.as(Role.OWNER)
                .send("PUT", "/api/v1/billing-settings", Map.of("invoicePrefix", "INV-2026-", "version", 0), Map.of()));
        registry.on("POST /api/v1/repair-orders/{id}/invoices", shop -> {
            ApiClient advisor = shop.as(Role.SERVICE_ADVISOR);
            String order = readyOrder(shop, advisor);
            return () -> advisor.post("/api/v1/repair-orders/" + order + "/invoices", Map.of());
        });
        registry.on("PATCH " + INVOICES + "/{id}", shop -> {
            ApiClient advisor = shop.as(Role.SERVICE_ADVISOR);
            String invoice = draft(shop, advisor);
            return () -> advisor.patch(INVOICES + "/" + invoice, Map.of("notes", "Customer pays at pickup"));
        });
        registry.on("DELETE " + INVOICES + "/{id}", shop -> {
            ApiClient advisor = shop.as(Role.SERVICE_ADVISOR);
            String invoice = draft(shop, advisor);
            return () -> advisor.delete(INVOICES + "/" + invoice);
        });
        registry.on("POST " + INVOICES + "/{id}/posting", shop -> {
            ApiClient advisor = shop.as(Role.SERVICE_ADVISOR);
            String invoice = draft(shop, advisor);
            return () -> advisor.post(INVOICES + "/" + invoice + "/posting", null);
        });
        registry.on("POST " + INVOICES + "/{id}/credit-notes", shop -> {
            ApiClient advisor = shop.as(Role.SERVICE_ADVISOR);
            String invoice = draft(shop, advisor);
            ok(advisor.post(INVOICES + "/" + invoice + "/posting", null));
            return () -> shop.as(Role.MANAGER)
                    .post(INVOICES + "/" + invoice + "/credit-notes", Map.of("reason", "Wrong customer", "version", 1));
        });
    }

    private static String draft(Shop shop, ApiClient advisor) {
        String order = readyOrder(shop, advisor);
        JsonNode drafted = made(advisor.post("/api/v1/repair-orders/" + order + "/invoices", Map.of()));
        return drafted.get("invoices").get(0).get("id").asString();
    }

    /** A READY order of one flat labor job for the shop's technician, approved by phone, done, odometer out entered. */
    private static String readyOrder(Shop shop, ApiClient advisor) {
        String vehicle = shop.newVehicle(advisor);
        String customer =
                ok(advisor.get("/api/v1/vehicles/" + vehicle)).get("customerId").asString();
        String technician = shop.shop().users().get(Role.TECHNICIAN).toString();
        JsonNode order = made(advisor.post(
                "/api/v1/repair-orders",
                Map.of(
                        "locationId", shop.shop().mainLocation().toString(),
                        "customerId", customer,
                        "vehicleId", vehicle,
                        "odometerIn", 1000,
                        "jobs",
                                List.of(Map.of(
                                        "title", "Oil change",
                                        "technicianId", technician,
                                        "lines",
                                                List.of(Map.of(
                                                        "kind", "LABOR", "description", "Oil", "amount", "40.00")))))));
        String id = order.get("id").asString();
        String job = order.get("jobs").get(0).get("id").asString();
        String base = "/api/v1/repair-orders/" + id;
        made(advisor.post(
                base + "/verbal-approvals",
                Map.of("jobIds", List.of(job), "approvedBy", "Rosa Diaz", "method", "PHONE")));
        ok(advisor.post(base + "/transitions", Map.of("to", "IN_PROGRESS")));
        ok(advisor.patch(base, Map.of("odometerOut", 1010)));
        ok(advisor.post(base + "/jobs/" + job + "/completion", null));
        ok(advisor.post(base + "/transitions", Map.of("to", "READY")));
        return id;
    }

    private static JsonNode made(ApiClient.Response response) {
        if (response.status() != 201) {
            throw new IllegalStateException("Fixture not made: " + response.status() + " " + response.body());
        }
        return response.json();
    }

    private static JsonNode ok(ApiClient.Response response) {
        if (response.status() / 100 != 2) {
            throw new IllegalStateException("Fixture call failed: " + response.status() + " " + response.body());
        }
        return response.json();
    }
}
