package app.pitwall.identity;

import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.access.Role;
import app.pitwall.support.ApiClient;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.TestShops;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Roles, locations and disabled state of staff accounts change only within the rules: never above
 * one's own tier, never one's own role, never the last owner; disabling ends sessions at once.
 */
@PitwallIntegrationTest
class StaffManagementTest {

    @Autowired
    TestShops shops;

    @LocalServerPort
    int port;

    ApiClient client() {
        return new ApiClient("http://localhost:" + port);
    }

    ApiClient signIn(TestShops.Shop shop, Role role) {
        return client().signIn(shop.email(role), TestShops.PASSWORD);
    }

    String user(TestShops.Shop shop, Role role) {
        return shop.users().get(role).toString();
    }

    @Test
    void aManagerPromotesATechnicianToAdvisorAndLimitsTheirLocations() {
        TestShops.Shop shop = shops.create("Promotion Garage");
        ApiClient manager = signIn(shop, Role.MANAGER);

        ApiClient.Response changed = manager.patch(
                "/api/v1/users/" + user(shop, Role.TECHNICIAN),
                Map.of("role", "service-advisor", "locationIds", List.of(shop.mainLocation())));

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("role").asString()).isEqualTo("service-advisor");
        assertThat(changed.json().get("allLocations").asBoolean()).isFalse();
        ApiClient technician = signIn(shop, Role.TECHNICIAN);
        assertThat(technician.get("/api/v1/me").json().get("role").asString()).isEqualTo("service-advisor");
        assertThat(manager.get("/api/v1/users/" + user(shop, Role.TECHNICIAN))
                        .json()
                        .get("locationIds")
                        .get(0)
                        .asString())
                .isEqualTo(shop.mainLocation().toString());
    }

    @Test
    void nobodyGivesARoleAboveTheirOwnNorChangesTheirOwnNorTouchesAHigherTier() {
        TestShops.Shop shop = shops.create("Ladder Motors");
        ApiClient manager = signIn(shop, Role.MANAGER);

        assertThat(manager.patch("/api/v1/users/" + user(shop, Role.VIEWER), Map.of("role", "owner"))
                        .status())
                .isEqualTo(403);
        assertThat(manager.patch("/api/v1/users/" + user(shop, Role.MANAGER), Map.of("role", "viewer"))
                        .status())
                .isEqualTo(403);
        assertThat(manager.patch("/api/v1/users/" + user(shop, Role.OWNER), Map.of("disabled", true))
                        .status())
                .isEqualTo(403);
        assertThat(signIn(shop, Role.BOOKKEEPER)
                        .patch("/api/v1/users/" + user(shop, Role.VIEWER), Map.of("role", "technician"))
                        .status())
                .isEqualTo(403);
        assertThat(manager.get("/api/v1/users/" + user(shop, Role.VIEWER))
                        .json()
                        .get("role")
                        .asString())
                .isEqualTo("viewer");
    }

    @Test
    void theLastOwnerCannotDemoteOrDisableThemselves() {
        TestShops.Shop shop = shops.create("Solo Owner Service");
        ApiClient owner = signIn(shop, Role.OWNER);

        ApiClient.Response demoted = owner.patch("/api/v1/users/" + user(shop, Role.OWNER), Map.of("role", "manager"));
        ApiClient.Response disabled = owner.patch("/api/v1/users/" + user(shop, Role.OWNER), Map.of("disabled", true));

        assertThat(demoted.status()).isEqualTo(422);
        assertThat(demoted.json().get("type").asString()).endsWith("/last-owner");
        assertThat(disabled.status()).isEqualTo(422);
        assertThat(owner.get("/api/v1/me").json().get("role").asString()).isEqualTo("owner");
    }

    @Test
    void anOwnerDemotesAnotherOwnerButNobodyChangesTheirOwnRole() {
        TestShops.Shop shop = shops.create("Two Owner Motors");
        ApiClient owner = signIn(shop, Role.OWNER);
        String managerId = user(shop, Role.MANAGER);
        assertThat(owner.patch("/api/v1/users/" + managerId, Map.of("role", "owner"))
                        .status())
                .isEqualTo(200);
        ApiClient promoted = signIn(shop, Role.MANAGER);

        assertThat(promoted.patch("/api/v1/users/" + managerId, Map.of("role", "manager"))
                        .status())
                .isEqualTo(403);
        assertThat(promoted.patch("/api/v1/users/" + user(shop, Role.OWNER), Map.of("role", "manager"))
                        .status())
                .isEqualTo(200);
        assertThat(promoted.get("/api/v1/me").json().get("role").asString()).isEqualTo("owner");
    }

    @Test
    void disablingAUserEndsAllTheirSessionsAtOnceAndStopsSignIn() {
        TestShops.Shop shop = shops.create("Disabled Staff Garage");
        ApiClient advisorAtDesk = signIn(shop, Role.SERVICE_ADVISOR);
        ApiClient advisorOnTablet = signIn(shop, Role.SERVICE_ADVISOR);
        assertThat(advisorAtDesk.get("/api/v1/customers").status()).isEqualTo(200);

        ApiClient.Response disabled = signIn(shop, Role.MANAGER)
                .patch("/api/v1/users/" + user(shop, Role.SERVICE_ADVISOR), Map.of("disabled", true));

        assertThat(disabled.status()).isEqualTo(200);
        assertThat(disabled.json().get("disabled").asBoolean()).isTrue();
        assertThat(advisorAtDesk.get("/api/v1/customers").status()).isEqualTo(401);
        assertThat(advisorOnTablet.get("/api/v1/customers").status()).isEqualTo(401);
        assertThat(advisorOnTablet.post("/api/v1/auth/refresh", null).status()).isEqualTo(401);
        assertThat(client().post(
                                "/api/v1/auth/login",
                                Map.of("email", shop.email(Role.SERVICE_ADVISOR), "password", TestShops.PASSWORD))
                        .status())
                .isEqualTo(401);
    }

    @Test
    void aManagerEndsAStaffMembersSessions() {
        TestShops.Shop shop = shops.create("Revoking Repairs");
        ApiClient technician = signIn(shop, Role.TECHNICIAN);

        ApiClient.Response revoked = signIn(shop, Role.MANAGER)
                .post("/api/v1/users/" + user(shop, Role.TECHNICIAN) + "/sessions/revoke", null);

        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.json().get("sessionsEnded").asInt()).isEqualTo(1);
        assertThat(technician.get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void anotherTenantsUsersAreNotFound() {
        TestShops.Shop shop = shops.create("Home Garage");
        TestShops.Shop foreign = shops.create("Away Garage");
        ApiClient owner = signIn(shop, Role.OWNER);
        String stranger = user(foreign, Role.TECHNICIAN);

        assertThat(owner.get("/api/v1/users/" + stranger).status()).isEqualTo(404);
        assertThat(owner.patch("/api/v1/users/" + stranger, Map.of("disabled", true))
                        .status())
                .isEqualTo(404);
        assertThat(owner.post("/api/v1/users/" + stranger + "/sessions/revoke", null)
                        .status())
                .isEqualTo(404);
        assertThat(owner.get("/api/v1/users").body()).doesNotContain(stranger);
    }
}
