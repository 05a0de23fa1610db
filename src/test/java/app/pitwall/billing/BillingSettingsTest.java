package app.pitwall.billing;

import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.access.Role;
import app.pitwall.support.ApiClient;
import app.pitwall.support.PageClient;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.TestShops;
import app.pitwall.support.Workshop;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The owner's billing rules, through the API and the settings page: the defaults, a new prefix numbering the next
 * posting, a posting check switched off, the parts-on-order check refused until inventory exists, and a stale or bad
 * save refused with nothing changed.
 */
@PitwallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BillingSettingsTest {

    @Autowired
    TestShops shops;

    @LocalServerPort
    int port;

    Workshop shop;
    BillingFixture billing;

    @BeforeAll
    void openTheShop() {
        shop = Workshop.open(shops, "http://localhost:" + port, "Settings Billing Garage");
        billing = new BillingFixture(shop);
    }

    @Test
    void theOwnersPrefixAndChecksApplyToTheNextPosting() {
        Workshop shop = Workshop.open(shops, "http://localhost:" + port, "Prefix Billing Garage");
        BillingFixture billing = new BillingFixture(shop);
        JsonNode defaults = shop.advisor().get("/api/v1/billing-settings").json();
        assertThat(defaults.get("checkOdometerOut").asBoolean()).isTrue();
        assertThat(defaults.get("checkPartsReceived").asBoolean()).isFalse();
        assertThat(defaults.get("numberingScope").asString()).isEqualTo("LOCATION");

        ApiClient.Response advisor = shop.advisor()
                .send("PUT", "/api/v1/billing-settings", Map.of("invoicePrefix", "X-", "version", 0), Map.of());
        ApiClient.Response saved = shop.as(Role.OWNER)
                .send(
                        "PUT",
                        "/api/v1/billing-settings",
                        Map.of("invoicePrefix", "INV-2026-", "checkOdometerOut", false, "version", 0),
                        Map.of());
        JsonNode posted = billing.post(billing.draft(billing.readyOrder(false), Map.of())
                .get("invoices")
                .get(0));

        assertThat(advisor.status()).isEqualTo(403);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(posted.get("number").asString()).matches("INV-2026-\\d{5}");
    }

    @Test
    void thePartsOnOrderCheckWaitsForInventoryAndStaleSavesAreRefused() {
        int version = shop.as(Role.OWNER)
                .get("/api/v1/billing-settings")
                .json()
                .get("version")
                .asInt();

        ApiClient.Response parts = shop.as(Role.OWNER)
                .send(
                        "PUT",
                        "/api/v1/billing-settings",
                        Map.of("checkPartsReceived", true, "version", version),
                        Map.of());
        ApiClient.Response stale = shop.as(Role.OWNER)
                .send(
                        "PUT",
                        "/api/v1/billing-settings",
                        Map.of("advisorCreditLimit", "50", "version", version + 5),
                        Map.of());
        ApiClient.Response bad = shop.as(Role.OWNER)
                .send(
                        "PUT",
                        "/api/v1/billing-settings",
                        Map.of("advisorCreditLimit", "-1", "version", version),
                        Map.of());

        assertThat(parts.status()).isEqualTo(422);
        assertThat(parts.json().get("type").asString()).endsWith("/setting-unavailable");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(shop.as(Role.OWNER)
                        .get("/api/v1/billing-settings")
                        .json()
                        .get("version")
                        .asInt())
                .isEqualTo(version);
    }

    @Test
    void theOwnerSavesTheRulesOnTheSettingsPageAndAManagerIsRefused() {
        PageClient owner =
                new PageClient("http://localhost:" + port).signIn(shop.shop.email(Role.OWNER), TestShops.PASSWORD);
        PageClient manager =
                new PageClient("http://localhost:" + port).signIn(shop.shop.email(Role.MANAGER), TestShops.PASSWORD);
        String version = shop.as(Role.OWNER)
                .get("/api/v1/billing-settings")
                .json()
                .get("version")
                .asString();

        PageClient.Answer page = owner.get("/settings/billing");
        PageClient.Answer bad = owner.post(
                "/settings/billing",
                "numberingScope",
                "TENANT",
                "invoicePrefix",
                "INV-",
                "creditNotePrefix",
                "CN-",
                "advisorCreditLimit",
                "lots",
                "version",
                version);
        PageClient.Answer saved = owner.post(
                "/settings/billing",
                "checkJobsDone",
                "true",
                "numberingScope",
                "TENANT",
                "invoicePrefix",
                "INV-",
                "creditNotePrefix",
                "CN-",
                "advisorCreditLimit",
                "250.00",
                "version",
                version);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"save-billing-settings\"", "Per location");
        assertThat(manager.get("/settings/billing").status()).isEqualTo(403);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("value=\"lots\"");
        assertThat(saved.status()).isEqualTo(302);
        JsonNode now = shop.as(Role.OWNER).get("/api/v1/billing-settings").json();
        assertThat(now.get("numberingScope").asString()).isEqualTo("TENANT");
        assertThat(now.get("advisorCreditLimit").asString()).isEqualTo("250");
        assertThat(now.get("checkOdometerOut").asBoolean()).isFalse();
    }
}
