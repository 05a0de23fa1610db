package app.pitwall.tenancy;

import static app.pitwall.support.Workshop.id;
import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.access.Role;
import app.pitwall.identity.StaffAccounts;
import app.pitwall.platform.TenantScope;
import app.pitwall.repairorders.RepairOrder;
import app.pitwall.support.ApiClient;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.TestShops;
import app.pitwall.support.Workshop;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** Managers add and change locations over the API: versions, merge patch, refusals, isolation, closing, tax rates. */
@PitwallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LocationApiTest {

    @Autowired
    TestShops shops;

    @Autowired
    StaffAccounts staff;

    @Autowired
    TransactionTemplate transactions;

    @LocalServerPort
    int port;

    Workshop shop;
    ApiClient manager;

    @BeforeAll
    void openTheShop() {
        shop = Workshop.open(shops, base(), "Location Garage");
        manager = shop.as(Role.MANAGER);
    }

    @Test
    void aManagerAddsALocationAndReadsItBackWithItsVersionAsETag() {
        ApiClient.Response added = manager.post("/api/v1/locations", withName("North Bay Detailing"));
        JsonNode location = added.json();

        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.header("ETag")).isEqualTo("\"0\"");
        assertThat(location.get("taxPercent").get("labor").asString()).isEqualTo("8.25");
        assertThat(location.get("closed").asBoolean()).isFalse();
        ApiClient.Response read = manager.get("/api/v1/locations/" + id(location));
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("ETag")).isEqualTo("\"0\"");
        assertThat(read.json().get("address").get("city").asString()).isEqualTo("Austin");
        assertThat(names(manager.get("/api/v1/locations?limit=100").json())).contains("North Bay Detailing");
    }

    @Test
    void aPatchMergesIntoTheLocationAndNullClearsAnOptionalField() {
        String location =
                id(manager.post("/api/v1/locations", withName("Merge Motors")).json());
        String path = "/api/v1/locations/" + location;

        JsonNode phoned = manager.send(
                        "PATCH",
                        path,
                        Map.of("phone", "+1 512 555 0100", "address", Map.of("postalCode", "78701")),
                        Map.of("If-Match", "\"0\""))
                .json();
        Map<String, Object> clear = new HashMap<>();
        clear.put("phone", null);
        clear.put("version", 1);
        ApiClient.Response cleared = manager.patch(path, clear);

        assertThat(phoned.get("phone").asString()).isEqualTo("+1 512 555 0100");
        assertThat(phoned.get("address").get("postalCode").asString()).isEqualTo("78701");
        assertThat(phoned.get("address").get("city").asString()).isEqualTo("Austin");
        assertThat(cleared.status()).as(cleared.body()).isEqualTo(200);
        assertThat(cleared.header("ETag")).isEqualTo("\"2\"");
        assertThat(cleared.json().has("phone") && !cleared.json().get("phone").isNull())
                .isFalse();
        assertThat(cleared.json().get("name").asString()).isEqualTo("Merge Motors");
    }

    @Test
    void partConditionsAreRequiredOnlyOnceAManagerSaysSoAndABadValueChangesNothing() {
        JsonNode added =
                manager.post("/api/v1/locations", withName("Condition Motors")).json();
        String path = "/api/v1/locations/" + id(added);
        assertThat(added.get("partConditionRequired").asBoolean()).isFalse();

        ApiClient.Response required =
                manager.send("PATCH", path, Map.of("partConditionRequired", true), Map.of("If-Match", "\"0\""));
        ApiClient.Response refused =
                manager.send("PATCH", path, Map.of("partConditionRequired", "maybe"), Map.of("If-Match", "\"1\""));

        assertThat(required.status()).as(required.body()).isEqualTo(200);
        assertThat(required.json().get("partConditionRequired").asBoolean()).isTrue();
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("partConditionRequired");
        JsonNode read = manager.get(path).json();
        assertThat(read.get("partConditionRequired").asBoolean()).isTrue();
        assertThat(read.get("version").asInt()).isEqualTo(1);
        assertThat(read.get("name").asString()).isEqualTo("Condition Motors");
    }

    @Test
    void aChangeMustNameTheCurrentVersionAndAStaleOneChangesNothing() {
        String path = "/api/v1/locations/"
                + id(manager.post("/api/v1/locations", withName("Version Works"))
                        .json());

        ApiClient asIs = manager.withoutAutomaticVersions();
        ApiClient.Response none = asIs.patch(path, Map.of("name", "Renamed"));
        ApiClient.Response staleHeader =
                asIs.send("PATCH", path, Map.of("name", "Renamed"), Map.of("If-Match", "\"7\""));
        ApiClient.Response staleBody = asIs.patch(path, Map.of("name", "Renamed", "version", 7));

        assertThat(none.status()).isEqualTo(428);
        assertThat(staleHeader.status()).isEqualTo(412);
        assertThat(staleBody.status()).isEqualTo(409);
        JsonNode now = manager.get(path).json();
        assertThat(now.get("name").asString()).isEqualTo("Version Works");
        assertThat(now.get("version").asInt()).isZero();
    }

    @Test
    void badInputIsRefusedByFieldAndNothingChanges() {
        int before = names(manager.get("/api/v1/locations?limit=100").json()).size();
        Map<String, Object> badZone = withName("Bad Zone");
        badZone.put("timeZone", "Mars/Olympus_Mons");
        Map<String, Object> badCurrency = withName("Bad Currency");
        badCurrency.put("currency", "XYZ");
        Map<String, Object> badTax = withName("Bad Tax");
        badTax.put("taxPercent", Map.of("labor", "8.12345", "parts", "8", "fees", "0"));
        Map<String, Object> tooMuchTax = withName("Too Much Tax");
        tooMuchTax.put("taxPercent", Map.of("labor", "31", "parts", "8", "fees", "0"));
        Map<String, Object> badCountry = withName("Bad Country");
        badCountry.put("address", Map.of("country", "XX"));

        assertThat(field(manager.post("/api/v1/locations", badZone))).isEqualTo("timeZone");
        assertThat(field(manager.post("/api/v1/locations", badCurrency))).isEqualTo("currency");
        assertThat(field(manager.post("/api/v1/locations", badTax))).isEqualTo("taxPercent.labor");
        assertThat(field(manager.post("/api/v1/locations", tooMuchTax))).isEqualTo("taxPercent.labor");
        assertThat(field(manager.post("/api/v1/locations", badCountry))).isEqualTo("address.country");
        String path = "/api/v1/locations/" + shop.shop.mainLocation();
        Map<String, Object> clearName = new HashMap<>();
        clearName.put("name", null);
        clearName.put("version", 0);
        assertThat(field(manager.patch(path, clearName))).isEqualTo("name");
        assertThat(field(manager.patch(path, Map.of("timeZone", "+02:00", "version", 0))))
                .isEqualTo("timeZone");
        assertThat(field(manager.patch(path, Map.of("kind", "CASTLE", "version", 0))))
                .isEqualTo("kind");
        assertThat(names(manager.get("/api/v1/locations?limit=100").json())).hasSize(before);
        assertThat(manager.get(path).json().get("version").asInt()).isZero();
    }

    @Test
    void anotherTenantsLocationIsNotFound() {
        TestShops.Shop other = shops.create("Other Location Garage");
        ApiClient stranger = new ApiClient(base()).signIn(other.email(Role.OWNER), TestShops.PASSWORD);
        String path = "/api/v1/locations/" + shop.shop.mainLocation();

        assertThat(stranger.get(path).status()).isEqualTo(404);
        assertThat(stranger.patch(path, Map.of("name", "Mine now", "version", 0))
                        .status())
                .isEqualTo(404);
        assertThat(names(stranger.get("/api/v1/locations").json())).doesNotContain(shop.shop.name());
        assertThat(manager.get(path).json().get("version").asInt()).isZero();
    }

    @Test
    void aManagerLimitedToOneLocationSeesAndChangesOnlyThatOneAndAddsNone() {
        String email = "limited-manager-" + UUID.randomUUID() + "@shop.example";
        TenantScope.runAs(
                shop.shop.tenant(),
                () -> transactions.executeWithoutResult(status -> staff.create(
                        shop.shop.tenant(),
                        "Lim Manager",
                        email,
                        TestShops.PASSWORD,
                        Role.MANAGER,
                        Set.of(shop.shop.otherLocation()))));
        ApiClient limited = new ApiClient(base()).signIn(email, TestShops.PASSWORD);

        JsonNode list = limited.get("/api/v1/locations").json();

        assertThat(list.get("items")).hasSize(1);
        assertThat(list.get("items").get(0).get("id").asString())
                .isEqualTo(shop.shop.otherLocation().toString());
        assertThat(limited.get("/api/v1/locations/" + shop.shop.mainLocation()).status())
                .isEqualTo(404);
        assertThat(limited.get("/api/v1/locations/" + shop.shop.otherLocation()).status())
                .isEqualTo(200);
        assertThat(limited.post("/api/v1/locations", withName("Not Mine")).status())
                .isEqualTo(403);
    }

    @Test
    void aClosedLocationTakesNoNewOrderButItsOrdersStayReadable() {
        Workshop closing = Workshop.open(shops, base(), "Closing Garage");
        ApiClient boss = closing.as(Role.MANAGER);
        JsonNode order = closing.openOrder(List.of(closing.filterJob()));
        String path = "/api/v1/locations/" + closing.shop.mainLocation();

        ApiClient.Response closed = boss.patch(path, Map.of("closed", true, "version", 0));
        ApiClient.Response refused = closing.advisor()
                .post(
                        "/api/v1/repair-orders",
                        Map.of(
                                "locationId", closing.shop.mainLocation().toString(),
                                "customerId", closing.customer,
                                "vehicleId", closing.vehicle));

        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(closed.json().get("closed").asBoolean()).isTrue();
        assertThat(field(refused)).isEqualTo("locationId");
        assertThat(closing.advisor().get("/api/v1/repair-orders/" + id(order)).status())
                .isEqualTo(200);
    }

    @Test
    void newTaxRatesRepriceOpenOrdersAndAJobNeedsApprovingAgainOnlyWhereItsTotalChanges() throws Exception {
        Workshop taxed = Workshop.open(shops, base(), "Tax Change Garage");
        JsonNode approved = taxed.orderIn(RepairOrder.Status.APPROVED);
        JsonNode ready = taxed.orderIn(RepairOrder.Status.READY);
        String path = "/api/v1/locations/" + taxed.shop.mainLocation();

        ApiClient.Response changed =
                taxed.as(Role.OWNER).patch(path, Map.of("taxPercent", Map.of("labor", "7"), "version", 0));
        JsonNode repriced = awaitVersionAfter(taxed, approved);

        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        JsonNode brakes = repriced.get("jobs").get(0);
        JsonNode filter = repriced.get("jobs").get(1);
        // labor 180.00 at 7 % instead of 6.25 %: 12.60 + 4.54 on the pads
        assertThat(brakes.get("totals").get("tax").asString()).isEqualTo("17.14");
        assertThat(brakes.get("approvalStatus").asString()).isEqualTo("CHANGED_SINCE_APPROVAL");
        assertThat(filter.get("totals").get("total").asString())
                .isEqualTo(
                        approved.get("jobs").get(1).get("totals").get("total").asString());
        assertThat(filter.get("versionHash").asString())
                .isEqualTo(approved.get("jobs").get(1).get("versionHash").asString());
        JsonNode readyNow =
                taxed.advisor().get("/api/v1/repair-orders/" + id(ready)).json();
        assertThat(readyNow.get("version").asInt())
                .isEqualTo(ready.get("version").asInt());
        assertThat(readyNow.get("totals").get("total").asString())
                .isEqualTo(ready.get("totals").get("total").asString());
    }

    private JsonNode awaitVersionAfter(Workshop at, JsonNode order) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            JsonNode now =
                    at.advisor().get("/api/v1/repair-orders/" + id(order)).json();
            if (now.get("version").asInt() > order.get("version").asInt()
                    || Instant.now().isAfter(until)) {
                return now;
            }
            Thread.sleep(100);
        }
    }

    private static String field(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        return response.json().get("fields").properties().iterator().next().getKey();
    }

    private static List<String> names(JsonNode page) {
        return page.get("items")
                .valueStream()
                .map(item -> item.get("name").asString())
                .toList();
    }

    private static Map<String, Object> withName(String name) {
        return new HashMap<>(LocationAuditedEndpoints.location(name));
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
