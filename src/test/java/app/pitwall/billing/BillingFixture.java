package app.pitwall.billing;

import static app.pitwall.support.Workshop.created;
import static app.pitwall.support.Workshop.id;
import static app.pitwall.support.Workshop.jobId;
import static app.pitwall.support.Workshop.ok;

import app.pitwall.access.Role;
import app.pitwall.support.ApiClient;
import app.pitwall.support.Workshop;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** Orders ready to bill and payers, made through the API of a {@link Workshop}. */
final class BillingFixture {

    private final Workshop shop;

    BillingFixture(Workshop shop) {
        this.shop = shop;
    }

    /**
     * A READY order with the brake job (1.5 h at 120.00 and 54.99 of pads, its technician named) and the filter job
     * (19.99), both approved by phone and done, the odometer out entered when asked.
     */
    JsonNode readyOrder(boolean odometerOut) {
        JsonNode order = shop.openOrder(List.of(shop.brakeJob(), shop.filterJob()));
        String base = "/api/v1/repair-orders/" + id(order);
        ApiClient advisor = shop.advisor();
        created(advisor.post(
                base + "/verbal-approvals",
                Map.of(
                        "jobIds", List.of(jobId(order, 0), jobId(order, 1)),
                        "approvedBy", "Rosa Diaz",
                        "method", "PHONE")));
        ok(advisor.post(base + "/transitions", Map.of("to", "IN_PROGRESS")));
        if (odometerOut) {
            ok(advisor.patch(base, Map.of("odometerOut", 42_060)));
        }
        ok(advisor.post(base + "/jobs/" + jobId(order, 0) + "/completion", null));
        ok(advisor.post(base + "/jobs/" + jobId(order, 1) + "/completion", null));
        return ok(advisor.post(base + "/transitions", Map.of("to", "READY")));
    }

    /** Drafts the order's invoices with the body given; answers the drafted invoices. */
    JsonNode draft(JsonNode order, Map<String, Object> body) {
        return created(shop.advisor().post("/api/v1/repair-orders/" + id(order) + "/invoices", body));
    }

    JsonNode post(JsonNode invoice) {
        return ok(shop.advisor().post("/api/v1/invoices/" + id(invoice) + "/posting", null));
    }

    String payer(String kind, String name) {
        return id(created(shop.advisor()
                .post("/api/v1/payers", Map.of("kind", kind, "name", name + " " + UUID.randomUUID(), "terms", "NET_30"))));
    }

    ApiClient as(Role role) {
        return shop.as(role);
    }
}
