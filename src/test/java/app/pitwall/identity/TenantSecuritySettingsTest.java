package app.pitwall.identity;

import static app.pitwall.identity.MfaSteps.password;
import static app.pitwall.identity.MfaSteps.problemType;
import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.access.Role;
import app.pitwall.support.ApiClient;
import app.pitwall.support.MutableClock;
import app.pitwall.support.MutableClockConfiguration;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.TestShops;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * A tenant's security settings: an MFA requirement sends the users it covers to enrolment and lets
 * them do nothing else until done; shorter session timeouts end sessions sooner; nothing beyond the
 * installation's maxima, and only with settings:manage.
 */
@PitwallIntegrationTest
@Import(MutableClockConfiguration.class)
class TenantSecuritySettingsTest {

    @Autowired
    TestShops shops;

    @Autowired
    MutableClock clock;

    @LocalServerPort
    int port;

    ApiClient client() {
        return new ApiClient("http://localhost:" + port);
    }

    @Test
    void aTenantThatChangedNothingHasTheInstallationMaximaAndNoMfaRequirement() {
        TestShops.Shop shop = shops.create("Default Garage");
        ApiClient owner = client().signIn(shop.email(Role.OWNER), TestShops.PASSWORD);

        ApiClient.Response settings = owner.get("/api/v1/settings/security");

        assertThat(settings.status()).isEqualTo(200);
        assertThat(settings.json().get("mfaRequiredForAll").asBoolean()).isFalse();
        assertThat(settings.json().get("mfaRequiredRoles")).isEmpty();
        assertThat(settings.json().get("idleTimeoutMinutes").asInt()).isEqualTo(30);
        assertThat(settings.json().get("absoluteLifetimeDays").asInt()).isEqualTo(30);
    }

    @Test
    void aChangeNamesTheVersionItReadAndAStaleOneChangesNothing() {
        TestShops.Shop shop = shops.create("Versioned Settings Garage");
        ApiClient owner = client().signIn(shop.email(Role.OWNER), TestShops.PASSWORD);
        ApiClient.Response unchanged = owner.get("/api/v1/settings/security");
        assertThat(unchanged.header("ETag")).isEqualTo("\"0\"");
        assertThat(unchanged.json().get("version").asInt()).isZero();

        ApiClient plain = owner.withoutAutomaticVersions();
        ApiClient.Response unversioned = plain.patch("/api/v1/settings/security", Map.of("idleTimeoutMinutes", 20));
        ApiClient.Response first =
                plain.patch("/api/v1/settings/security", Map.of("idleTimeoutMinutes", 20, "version", 0));
        ApiClient.Response staleBody =
                plain.patch("/api/v1/settings/security", Map.of("idleTimeoutMinutes", 10, "version", 0));
        ApiClient.Response staleIfMatch = plain.send(
                "PATCH", "/api/v1/settings/security", Map.of("idleTimeoutMinutes", 10), Map.of("If-Match", "\"0\""));
        ApiClient.Response current = owner.get("/api/v1/settings/security");

        assertThat(unversioned.status()).isEqualTo(428);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.header("ETag")).isEqualTo("\"1\"");
        assertThat(staleBody.status()).isEqualTo(409);
        assertThat(staleBody.json().get("type").asString()).endsWith("/stale-version");
        assertThat(staleIfMatch.status()).isEqualTo(412);
        assertThat(current.json().get("idleTimeoutMinutes").asInt()).isEqualTo(20);
        assertThat(current.json().get("version").asInt()).isEqualTo(1);
    }

    @Test
    void aUserWhoseRoleMustUseMfaCanDoNothingButEnrolUntilDone() {
        TestShops.Shop shop = shops.create("Strict Garage");
        ApiClient owner = client().signIn(shop.email(Role.OWNER), TestShops.PASSWORD);
        ApiClient.Response changed =
                owner.patch("/api/v1/settings/security", Map.of("mfaRequiredRoles", List.of("technician")));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        ApiClient technician = client();

        ApiClient.Response signIn = password(technician, shop.email(Role.TECHNICIAN), TestShops.PASSWORD);
        ApiClient.Response customers = technician.get("/api/v1/customers");
        ApiClient.Response newCustomer = technician.post("/api/v1/customers", Map.of("lastName", "Nope"));

        assertThat(signIn.status()).isEqualTo(200);
        assertThat(signIn.json().get("mfaEnrolmentRequired").asBoolean()).isTrue();
        assertThat(customers.status()).isEqualTo(403);
        assertThat(problemType(customers)).isEqualTo("mfa-enrolment-required");
        assertThat(problemType(newCustomer)).isEqualTo("mfa-enrolment-required");
        assertThat(technician.get("/api/v1/me").status()).isEqualTo(200);
        assertThat(technician
                        .get("/api/v1/me/mfa")
                        .json()
                        .get("enrolmentRequired")
                        .asBoolean())
                .isTrue();

        MfaSteps.enrol(technician, clock);

        assertThat(technician.get("/api/v1/customers").status()).isEqualTo(200);
    }

    @Test
    void requiringMfaForAllCoversEveryRoleAndTheRequirementForOneRoleNoOther() {
        TestShops.Shop shop = shops.create("Everyone Garage");
        ApiClient owner = client().signIn(shop.email(Role.OWNER), TestShops.PASSWORD);
        owner.patch("/api/v1/settings/security", Map.of("mfaRequiredRoles", List.of("manager")));
        ApiClient viewer = client().signIn(shop.email(Role.VIEWER), TestShops.PASSWORD);
        assertThat(viewer.get("/api/v1/customers").status()).isEqualTo(200);

        owner.patch("/api/v1/settings/security", Map.of("mfaRequiredForAll", true));
        clock.advance(Duration.ofSeconds(3)); // live sessions are re-read at least every two seconds

        assertThat(problemType(viewer.get("/api/v1/customers"))).isEqualTo("mfa-enrolment-required");
        assertThat(problemType(owner.get("/api/v1/settings/security"))).isEqualTo("mfa-enrolment-required");
    }

    @Test
    void mfaRequiredByTheTenantCannotBeTurnedOff() {
        TestShops.Shop shop = shops.create("Sticky Garage");
        ApiClient owner = client().signIn(shop.email(Role.OWNER), TestShops.PASSWORD);
        ApiClient manager = client().signIn(shop.email(Role.MANAGER), TestShops.PASSWORD);
        Authenticator app = MfaSteps.enrol(manager, clock);
        owner.patch("/api/v1/settings/security", Map.of("mfaRequiredRoles", List.of("manager")));

        ApiClient.Response off =
                manager.send("DELETE", "/api/v1/me/mfa/totp", Map.of("code", app.nextCode()), Map.of());

        assertThat(off.status()).isEqualTo(422);
        assertThat(problemType(off)).isEqualTo("mfa-required");
    }

    @Test
    void onlySettingsManageMayReadOrChangeTheSettings() {
        TestShops.Shop shop = shops.create("Manager Garage");
        ApiClient manager = client().signIn(shop.email(Role.MANAGER), TestShops.PASSWORD);

        assertThat(manager.get("/api/v1/settings/security").status()).isEqualTo(403);
        assertThat(manager.patch("/api/v1/settings/security", Map.of("mfaRequiredForAll", false))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void settingsBeyondTheInstallationMaximaOrWithUnknownRolesAreRefusedAndNothingChanges() {
        TestShops.Shop shop = shops.create("Greedy Garage");
        ApiClient owner = client().signIn(shop.email(Role.OWNER), TestShops.PASSWORD);

        ApiClient.Response idle =
                owner.patch("/api/v1/settings/security", Map.of("idleTimeoutMinutes", 31, "mfaRequiredForAll", true));
        ApiClient.Response lifetime = owner.patch("/api/v1/settings/security", Map.of("absoluteLifetimeDays", 0));
        ApiClient.Response role =
                owner.patch("/api/v1/settings/security", Map.of("mfaRequiredRoles", List.of("pit-boss")));

        assertThat(idle.status()).isEqualTo(400);
        assertThat(idle.json().get("fields").has("idleTimeoutMinutes")).isTrue();
        assertThat(lifetime.json().get("fields").has("absoluteLifetimeDays")).isTrue();
        assertThat(role.json().get("fields").has("mfaRequiredRoles")).isTrue();
        assertThat(owner.get("/api/v1/settings/security")
                        .json()
                        .get("mfaRequiredForAll")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void aShorterIdleTimeoutEndsSessionsIdleForLonger() {
        TestShops.Shop shop = shops.create("Idle Garage");
        ApiClient owner = client().signIn(shop.email(Role.OWNER), TestShops.PASSWORD);
        owner.patch("/api/v1/settings/security", Map.of("idleTimeoutMinutes", 5));
        ApiClient active = client().signIn(shop.email(Role.VIEWER), TestShops.PASSWORD);
        ApiClient idle = client().signIn(shop.email(Role.TECHNICIAN), TestShops.PASSWORD);

        clock.advance(Duration.ofMinutes(4));
        assertThat(active.post("/api/v1/auth/refresh", null).status()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(2));

        assertThat(active.post("/api/v1/auth/refresh", null).status()).isEqualTo(200);
        assertThat(idle.post("/api/v1/auth/refresh", null).status()).isEqualTo(401);
    }

    @Test
    void aShorterLifetimeEndsEvenAnActiveSessionSooner() {
        TestShops.Shop shop = shops.create("Short Life Garage");
        ApiClient owner = client().signIn(shop.email(Role.OWNER), TestShops.PASSWORD);
        owner.patch("/api/v1/settings/security", Map.of("absoluteLifetimeDays", 1));
        ApiClient advisor = client().signIn(shop.email(Role.SERVICE_ADVISOR), TestShops.PASSWORD);

        Duration lived = Duration.ZERO;
        while (lived.compareTo(Duration.ofHours(23).plusMinutes(30)) < 0) {
            clock.advance(Duration.ofMinutes(25));
            lived = lived.plusMinutes(25);
            assertThat(advisor.post("/api/v1/auth/refresh", null).status())
                    .as("refresh after %s", lived)
                    .isEqualTo(200);
        }
        clock.advance(Duration.ofMinutes(25));

        assertThat(advisor.post("/api/v1/auth/refresh", null).status()).isEqualTo(401);
        assertThat(advisor.get("/api/v1/me").status()).isEqualTo(401);
    }
}
