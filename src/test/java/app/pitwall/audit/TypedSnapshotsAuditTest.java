package app.pitwall.audit;

import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.access.Role;
import app.pitwall.support.ApiClient;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.TestShops;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Vehicle and staff events carry typed snapshots of the thing before and after; the trail records only the fields
 * that differ, under the names the snapshots give them. An event without snapshots is recorded by its own components,
 * less what the entry holds anyway (tenant, actor, subject).
 */
@PitwallIntegrationTest
class TypedSnapshotsAuditTest {

    @LocalServerPort
    int port;

    @Autowired
    TestShops shops;

    @Test
    void aVehicleChangeRecordsOnlyTheChangedFieldsAndTheNewOdometerReading() {
        TestShops.Shop shop = shops.create("Typed Vehicle Garage");
        ApiClient advisor = as(shop, Role.SERVICE_ADVISOR);
        String customer = advisor.post("/api/v1/customers", Map.of("firstName", "Rosa", "lastName", "Diaz"))
                .json()
                .get("id")
                .asString();
        ApiClient.Response registered = advisor.post(
                "/api/v1/vehicles",
                Map.of("customerId", customer, "make", "Honda", "odometer", Map.of("value", 1000, "unit", "KM")));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String vehicle = registered.json().get("id").asString();
        ApiClient.Response changed = advisor.patch(
                "/api/v1/vehicles/" + vehicle,
                Map.of("model", "Civic", "odometer", Map.of("value", 2500, "unit", "KM")));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);

        JsonNode registration = latest(shop, "vehicle.registered", vehicle);
        assertThat(registration.get("after").get("make").asString()).isEqualTo("Honda");
        assertThat(registration.get("after").get("customerId").asString()).isEqualTo(customer);
        assertThat(registration.get("after").get("odometer").get("value").asInt())
                .isEqualTo(1000);

        JsonNode change = latest(shop, "vehicle.changed", vehicle);
        assertThat(change.get("before").propertyNames()).containsExactlyInAnyOrder("model", "odometer");
        assertThat(change.get("before").get("model").isNull()).isTrue();
        assertThat(change.get("after").get("model").asString()).isEqualTo("Civic");
        assertThat(change.get("before").get("odometer").get("value").asInt()).isEqualTo(1000);
        assertThat(change.get("after").get("odometer").get("value").asInt()).isEqualTo(2500);
        assertThat(change.get("after").get("odometer").get("unit").asString()).isEqualTo("KM");
    }

    @Test
    void aStaffChangeRecordsTheRoleCodesThatChanged() {
        TestShops.Shop shop = shops.create("Typed Staff Garage");
        String viewer = shop.users().get(Role.VIEWER).toString();
        ApiClient.Response changed =
                as(shop, Role.OWNER).patch("/api/v1/users/" + viewer, Map.of("role", "technician"));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);

        JsonNode change = latest(shop, "user.changed", viewer);
        assertThat(change.get("before").propertyNames()).containsExactly("role");
        assertThat(change.get("before").get("role").asString()).isEqualTo("viewer");
        assertThat(change.get("after").get("role").asString()).isEqualTo("technician");
    }

    @Test
    void anIdentityEventIsRecordedByItsOwnComponents() {
        TestShops.Shop shop = shops.create("Typed Sign-in Garage");
        String advisor = shop.users().get(Role.SERVICE_ADVISOR).toString();
        as(shop, Role.SERVICE_ADVISOR);

        JsonNode signIn = latest(shop, "user.signed-in", advisor);
        assertThat(signIn.get("after").propertyNames()).contains("familyId", "sourceAddress", "at");
        assertThat(signIn.get("after").propertyNames()).doesNotContain("userId", "tenantId");
        assertThat(signIn.get("after").get("familyId").asString()).hasSize(36);
    }

    /** The change recorded by the newest entry of an action about a subject. */
    private JsonNode latest(TestShops.Shop shop, String action, String subject) {
        JsonNode items = as(shop, Role.OWNER)
                .get("/api/v1/audit/events?action=" + action + "&subjectId=" + subject)
                .json()
                .get("items");
        assertThat(items).as(action).isNotEmpty();
        return items.get(items.size() - 1).get("change");
    }

    private ApiClient as(TestShops.Shop shop, Role role) {
        return new ApiClient("http://localhost:" + port).signIn(shop.email(role), TestShops.PASSWORD);
    }
}
