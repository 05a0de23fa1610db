package app.pitwall.identity;

import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.access.Role;
import app.pitwall.support.ApiClient;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.TestShops;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Owners and managers invite staff; an invitation works once, in the role and locations it names. */
@PitwallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvitationTest {

    static final String PASSWORD = "spark plug gap of point eight";

    @Autowired
    TestShops shops;

    @LocalServerPort
    int port;

    TestShops.Shop shop;
    TestShops.Shop foreign;
    ApiClient manager;

    @BeforeAll
    void shops() {
        shop = shops.create("Invite Motors");
        foreign = shops.create("Elsewhere Autos");
        manager = client().signIn(shop.email(Role.MANAGER), TestShops.PASSWORD);
    }

    ApiClient client() {
        return new ApiClient("http://localhost:" + port);
    }

    static String email() {
        return "new-" + UUID.randomUUID() + "@staff.example";
    }

    static String tokenOf(ApiClient.Response invitation) {
        String url = invitation.json().get("acceptUrl").asString();
        return url.substring(url.indexOf("token=") + "token=".length());
    }

    @Test
    void anInvitedTechnicianAcceptsOnceAndIsSignedInWithTheInvitedRoleAndLocations() {
        ApiClient.Response invitation = manager.post(
                "/api/v1/invitations",
                Map.of("email", email(), "role", "technician", "locationIds", List.of(shop.otherLocation())));
        assertThat(invitation.status()).isEqualTo(201);
        assertThat(invitation.json().get("acceptUrl").asString()).startsWith("https://");
        String token = tokenOf(invitation);
        assertThat(token).hasSizeGreaterThan(70);
        assertThat(manager.get("/api/v1/invitations").body())
                .contains(invitation.json().get("id").asString())
                .doesNotContain(token);

        ApiClient newcomer = client();
        ApiClient.Response accepted = newcomer.post(
                "/api/v1/invitations/accept", Map.of("token", token, "name", "Nia New", "password", PASSWORD));

        assertThat(accepted.status()).isEqualTo(201);
        ApiClient.Response me = newcomer.get("/api/v1/me");
        assertThat(me.json().get("role").asString()).isEqualTo("technician");
        assertThat(me.json().get("allLocations").asBoolean()).isFalse();
        assertThat(me.json().get("locations").get(0).asString())
                .isEqualTo(shop.otherLocation().toString());
        ApiClient.Response replay = client().post(
                        "/api/v1/invitations/accept", Map.of("token", token, "name", "Mallory", "password", PASSWORD));
        assertThat(replay.status()).isEqualTo(400);
        assertThat(replay.json().get("fields").has("token")).isTrue();
        assertThat(manager.get("/api/v1/invitations").body())
                .doesNotContain(invitation.json().get("id").asString());
    }

    @Test
    void aWeakPasswordLeavesTheInvitationUsable() {
        String token = tokenOf(manager.post("/api/v1/invitations", Map.of("email", email(), "role", "viewer")));

        ApiClient.Response weak = client().post(
                        "/api/v1/invitations/accept",
                        Map.of("token", token, "name", "Val Viewer", "password", "short"));
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.json().get("fields").get("password").asString()).contains("at least 12");

        assertThat(client().post(
                                "/api/v1/invitations/accept",
                                Map.of("token", token, "name", "Val Viewer", "password", PASSWORD))
                        .status())
                .isEqualTo(201);
    }

    @Test
    void nobodyInvitesIntoARoleAboveTheirOwn() {
        ApiClient.Response response = manager.post("/api/v1/invitations", Map.of("email", email(), "role", "owner"));

        assertThat(response.status()).isEqualTo(403);
        ApiClient advisor = client().signIn(shop.email(Role.SERVICE_ADVISOR), TestShops.PASSWORD);
        assertThat(advisor.post("/api/v1/invitations", Map.of("email", email(), "role", "viewer"))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void anotherTenantsLocationCannotBeGranted() {
        ApiClient.Response response = manager.post(
                "/api/v1/invitations",
                Map.of("email", email(), "role", "viewer", "locationIds", List.of(foreign.mainLocation())));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("fields").has("locationIds")).isTrue();
    }

    @Test
    void aWithdrawnInvitationCannotBeAcceptedAndAnotherTenantCannotWithdrawIt() {
        ApiClient.Response invitation = manager.post("/api/v1/invitations", Map.of("email", email(), "role", "viewer"));
        String id = invitation.json().get("id").asString();
        ApiClient foreignOwner = client().signIn(foreign.email(Role.OWNER), TestShops.PASSWORD);

        assertThat(foreignOwner.delete("/api/v1/invitations/" + id).status()).isEqualTo(404);
        assertThat(manager.delete("/api/v1/invitations/" + id).status()).isEqualTo(204);
        assertThat(client().post(
                                "/api/v1/invitations/accept",
                                Map.of("token", tokenOf(invitation), "name", "Too Late", "password", PASSWORD))
                        .status())
                .isEqualTo(400);
    }

    @Test
    void invitingSomeoneWhoAlreadyWorksHereIsAConflict() {
        ApiClient.Response response =
                manager.post("/api/v1/invitations", Map.of("email", shop.email(Role.VIEWER), "role", "viewer"));

        assertThat(response.status()).isEqualTo(409);
    }

    @Test
    void anEmailWithAnAccountElsewhereIsOnlyRevealedToTheInviteeOnAcceptance() {
        ApiClient.Response invitation =
                manager.post("/api/v1/invitations", Map.of("email", foreign.email(Role.VIEWER), "role", "viewer"));
        assertThat(invitation.status()).isEqualTo(201);

        ApiClient.Response accepted = client().post(
                        "/api/v1/invitations/accept",
                        Map.of("token", tokenOf(invitation), "name", "Double Agent", "password", PASSWORD));

        assertThat(accepted.status()).isEqualTo(409);
        assertThat(accepted.json().get("type").asString()).endsWith("/email-in-use");
    }
}
