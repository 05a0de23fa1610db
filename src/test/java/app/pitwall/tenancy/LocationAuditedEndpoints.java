package app.pitwall.tenancy;

import app.pitwall.access.Role;
import app.pitwall.support.ApiClient;
import app.pitwall.support.AuditedEndpoints;
import java.util.Map;

/** How to call each data-changing location endpoint successfully, for the audit coverage test. */
public class LocationAuditedEndpoints implements AuditedEndpoints {

    /** A whole location as a POST sends it. */
    public static Map<String, Object> location(String name) {
        return Map.of(
                "name",
                name,
                "kind",
                "REPAIR_SHOP",
                "address",
                Map.of("street", "2 Audit Lane", "city", "Austin", "region", "TX", "country", "US"),
                "timeZone",
                "America/Chicago",
                "currency",
                "USD",
                "taxPercent",
                Map.of("labor", "8.25", "parts", "8.25", "fees", "0"));
    }

    @Override
    public void register(Registry registry) {
        registry.on("POST /api/v1/locations", shop -> {
            ApiClient manager = shop.as(Role.MANAGER);
            return () -> manager.post("/api/v1/locations", location("Audited shop"));
        });
        registry.on("PATCH /api/v1/locations/{id}", shop -> {
            ApiClient manager = shop.as(Role.MANAGER);
            String id = manager.post("/api/v1/locations", location("To change"))
                    .json()
                    .get("id")
                    .asString();
            return () -> manager.patch("/api/v1/locations/" + id, Map.of("phone", "+1 512 555 0100", "version", 0));
        });
    }
}
