package app.pitwall.audit;

import app.pitwall.access.Role;
import app.pitwall.support.ApiClient;
import app.pitwall.support.AuditedEndpoints;
import java.util.List;

/** How to call each unsafe audit endpoint successfully, for the audit coverage test. */
public class AuditAuditedEndpoints implements AuditedEndpoints {

    @Override
    public void register(Registry registry) {
        registry.on("POST /api/v1/audit/checkpoints", shop -> {
            ApiClient owner = shop.as(Role.OWNER);
            return () -> owner.post("/api/v1/audit/checkpoints", null);
        });
        registry.on("POST /api/v1/audit/verify", shop -> {
            ApiClient owner = shop.as(Role.OWNER);
            return () -> owner.post("/api/v1/audit/verify", List.of());
        });
    }
}
