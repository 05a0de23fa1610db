package app.pitwall.identity;

import app.pitwall.access.Role;
import app.pitwall.support.ApiClient;
import app.pitwall.support.AuditedEndpoints;
import app.pitwall.support.TestShops;
import java.util.Map;

/** How to call each data-changing sign-in and session endpoint successfully, for the audit coverage test. */
public class IdentityAuditedEndpoints implements AuditedEndpoints {

    @Override
    public void register(Registry registry) {
        registry.on("POST /api/v1/auth/login", shop -> {
            ApiClient client = shop.anonymous();
            return () -> client.post(
                    "/api/v1/auth/login",
                    Map.of("email", shop.shop().email(Role.VIEWER), "password", TestShops.PASSWORD));
        });
        registry.on("POST /api/v1/auth/logout", shop -> {
            ApiClient client = shop.as(Role.VIEWER);
            return () -> client.post("/api/v1/auth/logout", null);
        });
        registry.on("POST /api/v1/auth/logout-everywhere", shop -> {
            ApiClient client = shop.as(Role.VIEWER);
            return () -> client.post("/api/v1/auth/logout-everywhere", null);
        });
    }
}
