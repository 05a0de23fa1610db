package app.pitwall.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.access.Role;
import app.pitwall.support.ApiClient;
import app.pitwall.support.PageClient;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.TestShops;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * JSON bodies mean exactly one thing (#17, finding 10): a key given twice is refused rather than the last one
 * winning, a field the endpoint does not take (such as a bay's location, which never changes) is refused by name,
 * and the CSRF token of a JSON call comes from its header only; form posts keep their hidden field.
 */
@PitwallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StrictJsonTest {

    @Autowired
    TestShops shops;

    @LocalServerPort
    int port;

    TestShops.Shop shop;
    ApiClient owner;

    @BeforeAll
    void shop() {
        shop = shops.create("Strict Garage");
        owner = client().signIn(shop.email(Role.OWNER), TestShops.PASSWORD);
    }

    ApiClient client() {
        return new ApiClient("http://localhost:" + port);
    }

    int customersNamed(String name) {
        return owner.get("/api/v1/customers?q=" + name).json().get("items").size();
    }

    @Test
    void aKeyGivenTwiceIsRefused() {
        ApiClient.Response twice =
                owner.post("/api/v1/customers", "{\"lastName\": \"Twiceone\", \"lastName\": \"Twicetwo\"}");

        assertThat(twice.status()).as(twice.body()).isEqualTo(400);
        assertThat(twice.header("content-type")).startsWith("application/problem+json");
        assertThat(twice.json().get("detail").asString()).contains("lastName");
        assertThat(customersNamed("Twiceone") + customersNamed("Twicetwo")).isZero();
    }

    @Test
    void aBaysLocationCannotBeSentWithAChangeAndNothingChanges() {
        String bay = owner.post(
                        "/api/v1/bays", Map.of("locationId", shop.mainLocation().toString(), "name", "Lift 1"))
                .json()
                .get("id")
                .asString();

        ApiClient.Response moved = owner.patch(
                "/api/v1/bays/" + bay,
                Map.of("locationId", shop.otherLocation().toString(), "name", "Lift 9", "version", 0));

        assertThat(moved.status()).as(moved.body()).isEqualTo(400);
        assertThat(moved.json().get("fields").has("locationId")).isTrue();
        ApiClient.Response after = owner.get("/api/v1/bays/" + bay);
        assertThat(after.json().get("locationId").asString())
                .isEqualTo(shop.mainLocation().toString());
        assertThat(after.json().get("name").asString()).isEqualTo("Lift 1");
    }

    @Test
    void aLaborRatesLocationCannotBeSentWithAChange() {
        String rate = owner.post(
                        "/api/v1/labor-rates",
                        Map.of(
                                "locationId",
                                shop.mainLocation().toString(),
                                "name",
                                "Standard",
                                "hourlyRate",
                                "120.00"))
                .json()
                .get("id")
                .asString();

        ApiClient.Response moved = owner.patch(
                "/api/v1/labor-rates/" + rate,
                Map.of("locationId", shop.otherLocation().toString(), "version", 0));

        assertThat(moved.status()).as(moved.body()).isEqualTo(400);
        assertThat(moved.json().get("fields").has("locationId")).isTrue();
    }

    @Test
    void anUnknownFieldInAChangeIsRefusedByName() {
        String id = owner.post("/api/v1/customers", Map.of("lastName", "Known"))
                .json()
                .get("id")
                .asString();

        ApiClient.Response changed =
                owner.patch("/api/v1/customers/" + id, Map.of("lastName", "Changed", "tenantId", "x", "version", 0));

        assertThat(changed.status()).as(changed.body()).isEqualTo(400);
        assertThat(changed.json().get("fields").has("tenantId")).isTrue();
    }

    @Test
    void aJsonCallTakesItsCsrfTokenFromTheHeaderOnly() {
        String token = owner.get("/api/v1/auth/csrf").json().get("token").asString();
        ApiClient forger = client().withoutCsrf();
        forger.cookies().putAll(owner.cookies());

        ApiClient.Response byQuery = forger.post("/api/v1/customers?_csrf=" + token, Map.of("lastName", "Byquery"));
        ApiClient.Response byHeader =
                forger.send("POST", "/api/v1/customers", Map.of("lastName", "Byheader"), Map.of("X-CSRF-TOKEN", token));

        assertThat(byQuery.status()).isEqualTo(403);
        assertThat(byQuery.json().get("type").asString()).endsWith("/csrf");
        assertThat(customersNamed("Byquery")).isZero();
        assertThat(byHeader.status()).as(byHeader.body()).isEqualTo(201);
    }

    @Test
    void aFormPostKeepsItsHiddenField() {
        PageClient pages =
                new PageClient("http://localhost:" + port).signIn(shop.email(Role.OWNER), TestShops.PASSWORD);

        PageClient.Answer created = pages.post("/customers/new", "lastName", "Formfield");

        assertThat(created.status()).as(created.body()).isBetween(300, 399);
        assertThat(customersNamed("Formfield")).isEqualTo(1);
    }
}
