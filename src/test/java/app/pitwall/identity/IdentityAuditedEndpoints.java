package app.pitwall.identity;

import app.pitwall.access.Role;
import app.pitwall.support.ApiClient;
import app.pitwall.support.AuditedEndpoints;
import app.pitwall.support.TestShops;
import java.util.List;
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
        registry.on("POST /api/v1/auth/login/mfa", shop -> {
            Authenticator app = enrol(shop.as(Role.VIEWER));
            ApiClient client = shop.anonymous();
            client.post(
                    "/api/v1/auth/login",
                    Map.of("email", shop.shop().email(Role.VIEWER), "password", TestShops.PASSWORD));
            return () -> client.post(
                    "/api/v1/auth/login/mfa", Map.of("code", app.recoveryCodes().get(0)));
        });
        registry.on("POST /api/v1/auth/reauthenticate", shop -> {
            ApiClient client = shop.as(Role.VIEWER);
            return () -> client.post("/api/v1/auth/reauthenticate", Map.of("password", TestShops.PASSWORD));
        });
        registry.on("POST /api/v1/me/mfa/totp", shop -> {
            ApiClient client = shop.as(Role.VIEWER);
            return () -> client.post("/api/v1/me/mfa/totp", null);
        });
        registry.on("POST /api/v1/me/mfa/totp/confirm", shop -> {
            ApiClient client = shop.as(Role.VIEWER);
            String secret = client.post("/api/v1/me/mfa/totp", null)
                    .json()
                    .get("secret")
                    .asString();
            Authenticator app = new Authenticator(Authenticator.decode(secret), List.of(), new MovableClock());
            return () -> client.post("/api/v1/me/mfa/totp/confirm", Map.of("code", app.code()));
        });
        registry.on("DELETE /api/v1/me/mfa/totp", shop -> {
            ApiClient client = shop.as(Role.VIEWER);
            Authenticator app = enrol(client);
            String nextStep = app.codeAt(app.clock().instant().plusSeconds(30));
            return () -> client.send("DELETE", "/api/v1/me/mfa/totp", Map.of("code", nextStep), Map.of());
        });
        registry.on("POST /api/v1/users/{id}/unlock", shop -> {
            shop.sql(
                    "INSERT INTO account_lockout (tenant_id, user_id, counting_since, locked_at, locked_until,"
                            + " lock_count) VALUES (?, ?, now(), now(), now() + interval '15 minutes', 1)",
                    shop.shop().tenant().value(),
                    shop.shop().users().get(Role.VIEWER));
            ApiClient manager = shop.as(Role.MANAGER);
            return () -> manager.post("/api/v1/users/" + shop.shop().users().get(Role.VIEWER) + "/unlock", null);
        });
        registry.on("PATCH /api/v1/settings/security", shop -> {
            ApiClient owner = shop.as(Role.OWNER);
            return () -> owner.patch("/api/v1/settings/security", Map.of("idleTimeoutMinutes", 20));
        });
        registry.on("POST /api/v1/auth/logout-everywhere", shop -> {
            ApiClient client = shop.as(Role.VIEWER);
            return () -> client.post("/api/v1/auth/logout-everywhere", null);
        });
    }

    private static Authenticator enrol(ApiClient client) {
        return MfaSteps.enrol(client, new MovableClock());
    }
}
