package app.pitwall.identity;

import app.pitwall.access.Role;
import app.pitwall.support.ApiClient;
import app.pitwall.support.AuditedEndpoints;
import app.pitwall.support.EmailChangeLinks;
import app.pitwall.support.MutableClock;
import app.pitwall.support.ResetLinks;
import app.pitwall.support.TestShops;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** How to call each data-changing sign-in and session endpoint successfully, for the audit coverage test. */
public class IdentityAuditedEndpoints implements AuditedEndpoints {

    /** A password the policy accepts. */
    private static final String STRONG = "radiator hose clamps rattle loose";

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
            Authenticator app = new Authenticator(Authenticator.decode(secret), List.of(), new MutableClock());
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
        registry.on("POST /api/v1/signup", shop -> {
            ApiClient client = shop.anonymous();
            String email = "founder-" + UUID.randomUUID().toString().substring(0, 8) + "@signup.example";
            return () -> client.post(
                    "/api/v1/signup",
                    Map.of(
                            "businessName",
                            "Fixture Motors",
                            "name",
                            "Fay Founder",
                            "email",
                            email,
                            "password",
                            STRONG));
        });
        registry.on("POST /api/v1/invitations", shop -> {
            ApiClient owner = shop.as(Role.OWNER);
            return () -> owner.post("/api/v1/invitations", Map.of("email", newEmail(), "role", "technician"));
        });
        registry.on("POST /api/v1/invitations/accept", shop -> {
            String url = shop.as(Role.OWNER)
                    .post("/api/v1/invitations", Map.of("email", newEmail(), "role", "technician"))
                    .json()
                    .get("acceptUrl")
                    .asString();
            String token = url.substring(url.indexOf("token=") + "token=".length());
            ApiClient invited = shop.anonymous();
            return () -> invited.post(
                    "/api/v1/invitations/accept", Map.of("token", token, "name", "Ivy Invited", "password", STRONG));
        });
        registry.on("DELETE /api/v1/invitations/{id}", shop -> {
            ApiClient owner = shop.as(Role.OWNER);
            String id = owner.post("/api/v1/invitations", Map.of("email", newEmail(), "role", "technician"))
                    .json()
                    .get("id")
                    .asString();
            return () -> owner.delete("/api/v1/invitations/" + id);
        });
        registry.on("PATCH /api/v1/users/{id}", shop -> {
            ApiClient owner = shop.as(Role.OWNER);
            UUID viewer = shop.shop().users().get(Role.VIEWER);
            return () -> owner.patch("/api/v1/users/" + viewer, Map.of("role", "technician"));
        });
        registry.on("POST /api/v1/users/{id}/sessions/revoke", shop -> {
            shop.as(Role.VIEWER);
            ApiClient manager = shop.as(Role.MANAGER);
            UUID viewer = shop.shop().users().get(Role.VIEWER);
            return () -> manager.post("/api/v1/users/" + viewer + "/sessions/revoke", null);
        });
        registry.on("DELETE /api/v1/sessions/{id}", shop -> {
            ApiClient viewer = shop.as(Role.VIEWER);
            String session = viewer.get("/api/v1/me/sessions")
                    .json()
                    .get("items")
                    .get(0)
                    .get("id")
                    .asString();
            ApiClient owner = shop.as(Role.OWNER);
            return () -> owner.delete("/api/v1/sessions/" + session);
        });
        registry.on("DELETE /api/v1/me/sessions/{id}", shop -> {
            ApiClient first = shop.as(Role.VIEWER);
            String firstSession = first.get("/api/v1/me/sessions")
                    .json()
                    .get("items")
                    .get(0)
                    .get("id")
                    .asString();
            ApiClient second = shop.as(Role.VIEWER);
            return () -> second.delete("/api/v1/me/sessions/" + firstSession);
        });
        registry.on("POST /api/v1/me/password", shop -> {
            ApiClient client = shop.as(Role.VIEWER);
            return () -> client.post(
                    "/api/v1/me/password", Map.of("currentPassword", TestShops.PASSWORD, "newPassword", STRONG));
        });
        registry.on("POST /api/v1/me/email", shop -> {
            ApiClient client = shop.as(Role.VIEWER);
            return () -> client.post(
                    "/api/v1/me/email", Map.of("email", "changed-" + java.util.UUID.randomUUID() + "@shop.example"));
        });
        registry.on("POST /api/v1/auth/email-change/confirm", shop -> {
            String token;
            try (EmailChangeLinks links = new EmailChangeLinks()) {
                shop.as(Role.VIEWER)
                        .post(
                                "/api/v1/me/email",
                                Map.of("email", "confirmed-" + java.util.UUID.randomUUID() + "@shop.example"));
                token = links.latestToken();
            }
            ApiClient client = shop.anonymous();
            return () -> client.post("/api/v1/auth/email-change/confirm", Map.of("token", token));
        });
        registry.on("POST /api/v1/auth/password-reset", shop -> {
            ApiClient client = shop.anonymous();
            return () -> client.post(
                    "/api/v1/auth/password-reset", Map.of("email", shop.shop().email(Role.VIEWER)));
        });
        registry.on("POST /api/v1/auth/password-reset/confirm", shop -> {
            String token;
            try (ResetLinks links = new ResetLinks()) {
                shop.anonymous()
                        .post(
                                "/api/v1/auth/password-reset",
                                Map.of("email", shop.shop().email(Role.VIEWER)));
                token = links.latestToken();
            }
            ApiClient client = shop.anonymous();
            return () ->
                    client.post("/api/v1/auth/password-reset/confirm", Map.of("token", token, "newPassword", STRONG));
        });
        registry.on("POST /api/v1/api-tokens", shop -> {
            ApiClient owner = shop.as(Role.OWNER);
            return () -> owner.post(
                    "/api/v1/api-tokens", Map.of("name", "Fixture token", "permissions", List.of("customers:read")));
        });
        registry.on("DELETE /api/v1/api-tokens/{id}", shop -> {
            ApiClient owner = shop.as(Role.OWNER);
            String id = owner.post(
                            "/api/v1/api-tokens",
                            Map.of("name", "Fixture token", "permissions", List.of("customers:read")))
                    .json()
                    .get("details")
                    .get("id")
                    .asString();
            return () -> owner.delete("/api/v1/api-tokens/" + id);
        });
        registry.on("POST /api/v1/auth/logout-everywhere", shop -> {
            ApiClient client = shop.as(Role.VIEWER);
            return () -> client.post("/api/v1/auth/logout-everywhere", null);
        });
    }

    private static String newEmail() {
        return "invited-" + UUID.randomUUID().toString().substring(0, 8) + "@shop.example";
    }

    private static Authenticator enrol(ApiClient client) {
        return MfaSteps.enrol(client, new MutableClock());
    }
}
