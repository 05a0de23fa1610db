package app.pitwall.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.access.Role;
import app.pitwall.support.PageClient;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.TestShops;
import app.pitwall.support.Workshop;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The locations pages under Shop setup: a manager adds a location and edits it, refused input answers 400 with every
 * error and the input kept, a stale save 409; the logo sits with the shop's settings, no longer under Security; the
 * calendar labels staff by their role.
 */
@PitwallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LocationPagesTest {

    @Autowired
    TestShops shops;

    @LocalServerPort
    int port;

    Workshop shop;

    @BeforeAll
    void openTheShop() {
        shop = Workshop.open(shops, base(), "Location Pages Garage");
    }

    @Test
    void aManagerAddsALocationFromShopSetupAndEditsIt() {
        PageClient manager = signedIn(Role.MANAGER);

        assertThat(manager.get("/settings/bays").body()).contains("id=\"setup-locations\"");
        assertThat(manager.get("/settings/locations").body()).contains("id=\"add-location\"");
        PageClient.Answer added = manager.post("/settings/locations", form("Eastside Detailing", "8.25", "0"));
        JsonNode made = manager.api()
                .get("/api/v1/locations?limit=100")
                .json()
                .get("items")
                .valueStream()
                .filter(item -> item.get("name").asString().equals("Eastside Detailing"))
                .findFirst()
                .orElseThrow();
        String path = "/settings/locations/" + made.get("id").asString();
        PageClient.Answer edited = manager.post(path, edit("Eastside Detailing & Storage", "9", "0"));

        assertThat(added.status()).isEqualTo(302);
        assertThat(added.header("Location")).contains("notice=location-added");
        assertThat(edited.status()).isEqualTo(302);
        assertThat(manager.get("/settings/locations").body())
                .contains("Eastside Detailing &amp; Storage", "Labor 9 %, parts 0 %, fees 0 %");
        assertThat(manager.get(path).body()).contains("value=\"America/Denver\"", "value=\"+1 303 555 0101\"");
    }

    @Test
    void theSettingsPageRequiresPartConditionsAndUntickingLiftsIt() {
        PageClient manager = signedIn(Role.MANAGER);
        manager.post("/settings/locations", form("Condition Row", "8.25", "0"));
        String id = manager.api()
                .get("/api/v1/locations?limit=100")
                .json()
                .get("items")
                .valueStream()
                .filter(item -> item.get("name").asString().equals("Condition Row"))
                .findFirst()
                .orElseThrow()
                .get("id")
                .asString();
        String path = "/settings/locations/" + id;
        assertThat(manager.get(path).body()).contains("name=\"partConditionRequired\"");

        String[] ticked = java.util.Arrays.copyOf(edit("Condition Row", "8.25", "0"), 34);
        ticked[32] = "partConditionRequired";
        ticked[33] = "true";
        PageClient.Answer required = manager.post(path, ticked);
        boolean afterTick = manager.api()
                .get("/api/v1/locations/" + id)
                .json()
                .get("partConditionRequired")
                .asBoolean();
        String[] unticked = edit("Condition Row", "8.25", "0");
        unticked[unticked.length - 1] = "1";
        PageClient.Answer lifted = manager.post(path, unticked);

        assertThat(required.status()).isEqualTo(302);
        assertThat(afterTick).isTrue();
        assertThat(lifted.status()).isEqualTo(302);
        assertThat(manager.api()
                        .get("/api/v1/locations/" + id)
                        .json()
                        .get("partConditionRequired")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void refusedInputShowsEveryErrorAndKeepsWhatWasTyped() {
        PageClient manager = signedIn(Role.MANAGER);
        String[] fields = form("", "eight", "0");
        fields[fields.length - 1] = "Mars/Base";

        PageClient.Answer refused = manager.post("/settings/locations", fields);
        PageClient.Answer zone = manager.post("/settings/locations", withZone(form("Zoneless", "1", "0"), "Mars/Base"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"name-error\"", "id=\"laborTax-error\"", "value=\"eight\"");
        assertThat(zone.status()).isEqualTo(400);
        assertThat(zone.body()).contains("id=\"timeZone-error\"", "value=\"Mars/Base\"");
        assertThat(manager.get("/settings/locations").body()).doesNotContain("Zoneless");
    }

    @Test
    void aStaleSaveIsAConflictAndChangesNothing() {
        PageClient manager = signedIn(Role.MANAGER);
        String path = "/settings/locations/" + shop.shop.otherLocation();
        String[] stale = edit("Stale Name", "1", "1");
        stale[stale.length - 1] = "42";

        PageClient.Answer answer = manager.post(path, stale);

        assertThat(answer.status()).isEqualTo(409);
        assertThat(manager.get("/settings/locations").body()).doesNotContain("Stale Name");
    }

    @Test
    void theLogoSitsWithTheShopSettingsAndNotUnderSecurity() {
        PageClient owner = signedIn(Role.OWNER);

        assertThat(owner.get("/settings/security").body()).doesNotContain("id=\"shop-logo\"");
        assertThat(owner.get("/settings/logo").body()).contains("id=\"shop-logo\"", "id=\"setup-locations\"");
        assertThat(owner.get("/settings/locations").body()).contains("id=\"setup-logo\"");
        assertThat(signedIn(Role.MANAGER).get("/settings/locations").body()).doesNotContain("id=\"setup-logo\"");
    }

    @Test
    void othersThanManagersAreRefusedTheLocationPages() {
        assertThat(signedIn(Role.SERVICE_ADVISOR).get("/settings/locations").status())
                .isEqualTo(403);
        assertThat(signedIn(Role.BOOKKEEPER)
                        .get("/settings/locations/" + shop.shop.mainLocation())
                        .status())
                .isEqualTo(403);
    }

    @Test
    void theCalendarLabelsStaffByTheirRole() {
        String calendar = signedIn(Role.OWNER)
                .get("/appointments?location=" + shop.shop.mainLocation())
                .body();

        assertThat(calendar).contains(">Owner<", ">Technician<");
    }

    private String[] form(String name, String laborTax, String partsTax) {
        return new String[] {
            "name", name,
            "kind", "DETAILING",
            "street", "5 Polish Street",
            "street2", "",
            "city", "Denver",
            "region", "CO",
            "postalCode", "80202",
            "country", "US",
            "phone", "+1 303 555 0101",
            "registrationNumber", "CO-991",
            "currency", "USD",
            "laborTax", laborTax,
            "partsTax", partsTax,
            "feesTax", "0",
            "timeZone", "America/Denver"
        };
    }

    private String[] edit(String name, String laborTax, String partsTax) {
        String[] base = form(name, laborTax, partsTax);
        String[] withVersion = java.util.Arrays.copyOf(base, base.length + 2);
        withVersion[base.length] = "version";
        withVersion[base.length + 1] = "0";
        return withVersion;
    }

    private static String[] withZone(String[] fields, String zone) {
        fields[fields.length - 1] = zone;
        return fields;
    }

    private PageClient signedIn(Role role) {
        return new PageClient(base()).signIn(shop.shop.email(role), TestShops.PASSWORD);
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
