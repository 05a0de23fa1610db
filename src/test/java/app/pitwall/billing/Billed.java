package app.pitwall.billing;

import static app.pitwall.support.Workshop.created;
import static app.pitwall.support.Workshop.id;
import static app.pitwall.support.Workshop.ok;

import app.pitwall.access.Role;
import app.pitwall.repairorders.RepairOrder;
import app.pitwall.support.ApiClient;
import app.pitwall.support.Workshop;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Posted documents made over billing's API for the tests of what reads them: a READY order invoiced whole and posted,
 * and credit notes on it. The shop's odometer-out check is turned off, since the fixtures' orders have none.
 */
final class Billed {

    private final Workshop shop;

    Billed(Workshop shop) {
        this.shop = shop;
        ApiClient owner = shop.as(Role.OWNER);
        JsonNode settings = ok(owner.get("/api/v1/billing-settings"));
        ok(owner.send(
                "PUT",
                "/api/v1/billing-settings",
                Map.of(
                        "checkOdometerOut",
                        false,
                        "version",
                        settings.get("version").asInt()),
                Map.of()));
    }

    /** A READY order's approved work, invoiced to its customer and posted; the posted invoice's JSON. */
    JsonNode postedInvoice() {
        JsonNode order = shop.orderIn(RepairOrder.Status.READY);
        ApiClient advisor = shop.advisor();
        JsonNode drafted = created(advisor.post("/api/v1/repair-orders/" + id(order) + "/invoices", Map.of()));
        String invoice = id(drafted.get("invoices").get(0));
        return ok(advisor.post("/api/v1/invoices/" + invoice + "/posting", Map.of()));
    }

    /** A credit note of {@code amount} on a posted invoice; its JSON. */
    JsonNode creditNote(JsonNode invoice, String amount) {
        return created(shop.advisor()
                .post(
                        "/api/v1/invoices/" + id(invoice) + "/credit-notes",
                        Map.of("amount", amount, "reason", "Goodwill for the wait")));
    }
}
