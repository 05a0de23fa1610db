package app.pitwall.shopsetup;

import static app.pitwall.support.Workshop.created;
import static app.pitwall.support.Workshop.id;
import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.access.Role;
import app.pitwall.identity.StaffAccounts;
import app.pitwall.platform.TenantScope;
import app.pitwall.support.PageClient;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.TestShops;
import app.pitwall.support.Workshop;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The shop-setup pages: managers keep bays and labor rates of the locations they work at, the owner the repair-order
 * rules; others are refused, another tenant's or location's records are not found, bad input answers 400 with the
 * input kept and a stale save 409.
 */
@PitwallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShopSetupPagesTest {

    @Autowired
    TestShops shops;

    @Autowired
    StaffAccounts staff;

    @Autowired
    TransactionTemplate transactions;

    @LocalServerPort
    int port;

    Workshop shop;
    String bay;
    String limitedManager;

    @BeforeAll
    void openTheShop() {
        shop = Workshop.open(shops, baseUrl(), "Setup Pages Garage");
        bay = id(created(shop.as(Role.MANAGER)
                .post("/api/v1/bays", Map.of("locationId", location(), "name", "Alignment rack"))));
        limitedManager =
                "limited-manager-" + shop.shop.tenant().value().toString().substring(0, 8) + "@shop.example";
        TenantScope.runAs(
                shop.shop.tenant(),
                () -> transactions.executeWithoutResult(status -> staff.create(
                        shop.shop.tenant(),
                        "North Manager",
                        limitedManager,
                        TestShops.PASSWORD,
                        Role.MANAGER,
                        Set.of(shop.shop.otherLocation()))));
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    String location() {
        return shop.shop.mainLocation().toString();
    }

    PageClient signedIn(Role role) {
        return new PageClient(baseUrl()).signIn(shop.shop.email(role), TestShops.PASSWORD);
    }

    @Test
    void aManagerAddsABayThatTheCalendarThenShows() {
        PageClient manager = signedIn(Role.MANAGER);

        PageClient.Answer added = manager.post("/settings/bays", "locationId", location(), "name", "Tyre machine");

        assertThat(added.status()).isEqualTo(302);
        assertThat(added.header("Location")).contains("notice=bay-added");
        assertThat(manager.get("/settings/bays?location=" + location()).body())
                .contains("Tyre machine", "Alignment rack", "id=\"setup-labor-rates\"")
                .doesNotContain("id=\"setup-repair-orders\"");
        assertThat(manager.get("/appointments?location=" + location()).body()).contains("Tyre machine");
    }

    @Test
    void aManagerAddsAndChangesALaborRate() {
        PageClient manager = signedIn(Role.MANAGER);

        PageClient.Answer bad = manager.post(
                "/settings/labor-rates", "locationId", location(), "name", "Diagnostics", "hourlyRate", "ninety");
        PageClient.Answer added = manager.post(
                "/settings/labor-rates", "locationId", location(), "name", "Diagnostics", "hourlyRate", "145.00");

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("value=\"ninety\"", "value=\"Diagnostics\"");
        assertThat(added.status()).isEqualTo(302);
        assertThat(manager.get("/settings/labor-rates?location=" + location()).body())
                .contains("Diagnostics", "145.00", "Standard", "120.00");
    }

    @Test
    void othersAreRefusedAndOnlyTheOwnerSetsTheRepairOrderRules() {
        for (Role role : new Role[] {Role.VIEWER, Role.TECHNICIAN, Role.SERVICE_ADVISOR, Role.BOOKKEEPER}) {
            PageClient client = signedIn(role);
            assertThat(client.get("/settings/bays").status()).isEqualTo(403);
            assertThat(client.get("/settings/labor-rates").status()).isEqualTo(403);
            assertThat(client.post("/settings/bays", "locationId", location(), "name", "Sneaky")
                            .status())
                    .isEqualTo(403);
        }
        assertThat(signedIn(Role.MANAGER).get("/settings/repair-orders").status())
                .isEqualTo(403);
        PageClient owner = signedIn(Role.OWNER);
        PageClient.Answer rules = owner.get("/settings/repair-orders");
        assertThat(rules.status()).isEqualTo(200);
        assertThat(rules.body()).contains("value=\"10\"", "id=\"save-repair-order-settings\"");
    }

    @Test
    void theOwnerChangesTheDiscountCapAndBadOrStaleInputIsKept() {
        PageClient owner = signedIn(Role.OWNER);
        String version = shop.as(Role.OWNER)
                .get("/api/v1/repair-order-settings")
                .json()
                .get("version")
                .asString();

        PageClient.Answer bad = owner.post(
                "/settings/repair-orders",
                "discountCapPercent",
                "lots",
                "shopSuppliesPercent",
                "5",
                "shopSuppliesCap",
                "35.00",
                "version",
                version);
        PageClient.Answer saved = owner.post(
                "/settings/repair-orders",
                "discountCapPercent",
                "12.5",
                "shopSuppliesPercent",
                "5",
                "shopSuppliesCap",
                "35.00",
                "version",
                version);
        PageClient.Answer stale = owner.post(
                "/settings/repair-orders",
                "discountCapPercent",
                "15",
                "shopSuppliesPercent",
                "5",
                "shopSuppliesCap",
                "35.00",
                "version",
                version);

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("value=\"lots\"");
        assertThat(saved.status()).isEqualTo(302);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains("value=\"15\"");
        assertThat(shop.as(Role.OWNER)
                        .get("/api/v1/repair-order-settings")
                        .json()
                        .get("discountCapPercent")
                        .asString())
                .isEqualTo("12.5");
    }

    @Test
    void aStaleBayChangeAnswers409AndKeepsTheInput() {
        String renamed = id(created(
                shop.as(Role.MANAGER).post("/api/v1/bays", Map.of("locationId", location(), "name", "Wash bay"))));
        shop.as(Role.MANAGER).patch("/api/v1/bays/" + renamed, Map.of("name", "Wash bay 1", "version", 0));

        PageClient.Answer stale = signedIn(Role.MANAGER)
                .post("/settings/bays/" + renamed, "name", "Detailing bay", "active", "true", "version", "0");
        PageClient.Answer tooLong = signedIn(Role.MANAGER)
                .post("/settings/bays/" + renamed, "name", "x".repeat(61), "active", "true", "version", "1");

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains("value=\"Detailing bay\"", "name=\"version\" value=\"1\"");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body()).contains("x".repeat(61));
    }

    @Test
    void anotherTenantOrAnotherLocationIsNotFound() {
        TestShops.Shop other = shops.create("Other Setup Garage");
        PageClient stranger = new PageClient(baseUrl()).signIn(other.email(Role.OWNER), TestShops.PASSWORD);
        PageClient north = new PageClient(baseUrl()).signIn(limitedManager, TestShops.PASSWORD);

        for (PageClient outsider : new PageClient[] {stranger, north}) {
            assertThat(outsider.get("/settings/bays?location=" + location()).status())
                    .isEqualTo(404);
            assertThat(outsider.get("/settings/labor-rates?location=" + location())
                            .status())
                    .isEqualTo(404);
            assertThat(outsider.get("/settings/bays/" + bay).status()).isEqualTo(404);
            assertThat(outsider.get("/settings/labor-rates/" + shop.laborRate).status())
                    .isEqualTo(404);
            assertThat(outsider.post("/settings/bays/" + bay, "name", "Mine", "active", "true", "version", "0")
                            .status())
                    .isEqualTo(404);
            assertThat(outsider.post("/settings/bays", "locationId", location(), "name", "Mine")
                            .status())
                    .isEqualTo(404);
        }
        assertThat(north.get("/settings/bays").status()).isEqualTo(200);
        assertThat(shop.as(Role.MANAGER)
                        .get("/api/v1/bays/" + bay)
                        .json()
                        .get("name")
                        .asString())
                .isEqualTo("Alignment rack");
    }
}
