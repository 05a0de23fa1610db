package app.pitwall.customers;

import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.access.Role;
import app.pitwall.support.ApiClient;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.TestShops;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Another tenant's ids, and another location's for limited staff, answer exactly like ids that do
 * not exist (404), on read, change and delete; lists and searches never show them.
 */
@PitwallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossTenantAccessTest {

    @Autowired
    TestShops shops;

    @LocalServerPort
    int port;

    TestShops.Shop alpha;
    TestShops.Shop bravo;
    ApiClient alphaOwner;
    ApiClient bravoOwner;
    String alphaCustomer;
    String alphaVehicle;

    @BeforeAll
    void twoTenantsWithLookalikeData() {
        alpha = shops.create("Alpha Auto");
        bravo = shops.create("Bravo Body");
        alphaOwner = client().signIn(alpha.email(Role.OWNER), TestShops.PASSWORD);
        bravoOwner = client().signIn(bravo.email(Role.OWNER), TestShops.PASSWORD);
        alphaCustomer = alphaOwner
                .post(
                        "/api/v1/customers",
                        Map.of(
                                "lastName",
                                "Zebulon",
                                "locationId",
                                alpha.mainLocation().toString(),
                                "phones",
                                List.of("555 777 1234")))
                .json()
                .get("id")
                .asString();
        alphaVehicle = alphaOwner
                .post(
                        "/api/v1/vehicles",
                        Map.of("customerId", alphaCustomer, "plate", "ZEB 42", "vin", "1M8GDM9AXKP042788"))
                .json()
                .get("id")
                .asString();
        bravoOwner.post("/api/v1/customers", Map.of("lastName", "Yolanda"));
    }

    ApiClient client() {
        return new ApiClient("http://localhost:" + port);
    }

    @Test
    void aForeignTenantGetsNotFoundForEveryCustomerAndVehicleOperation() {
        List<ApiClient.Response> attempts = List.of(
                bravoOwner.get("/api/v1/customers/" + alphaCustomer),
                bravoOwner.patch("/api/v1/customers/" + alphaCustomer, Map.of("notes", "mine now")),
                bravoOwner.delete("/api/v1/customers/" + alphaCustomer),
                bravoOwner.get("/api/v1/vehicles/" + alphaVehicle),
                bravoOwner.patch("/api/v1/vehicles/" + alphaVehicle, Map.of("plate", "STOLEN")),
                bravoOwner.delete("/api/v1/vehicles/" + alphaVehicle));

        assertThat(attempts).allSatisfy(response -> {
            assertThat(response.status()).isEqualTo(404);
            assertThat(response.body()).doesNotContain("Zebulon", "ZEB");
        });
        JsonNode stored = alphaOwner.get("/api/v1/customers/" + alphaCustomer).json();
        assertThat(stored.get("notes").isNull()).isTrue();
        assertThat(alphaOwner
                        .get("/api/v1/vehicles/" + alphaVehicle)
                        .json()
                        .get("plate")
                        .asString())
                .isEqualTo("ZEB 42");
    }

    @Test
    void aForeignTenantCannotAttachAVehicleToAnotherTenantsCustomer() {
        ApiClient.Response response =
                bravoOwner.post("/api/v1/vehicles", Map.of("customerId", alphaCustomer, "plate", "SNEAK"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("fields").has("customerId")).isTrue();
    }

    @Test
    void listsAndSearchesNeverIncludeAnotherTenantsRows() {
        for (String query : List.of("", "?q=zeb", "?q=Zebulon", "?q=555", "?q=7771234", "?q=1M8GDM", "?q=z")) {
            assertThat(bravoOwner.get("/api/v1/customers" + query).body())
                    .as(query)
                    .doesNotContain("Zebulon");
            assertThat(bravoOwner.get("/api/v1/vehicles" + query).body())
                    .as(query)
                    .doesNotContain("ZEB 42");
        }
        assertThat(bravoOwner.get("/api/v1/customers").body()).contains("Yolanda");
        assertThat(bravoOwner
                        .get("/api/v1/vehicles?customerId=" + alphaCustomer)
                        .json()
                        .get("items"))
                .isEmpty();
    }

    @Test
    void staffLimitedToAnotherLocationSeeThisLocationsCustomersAsMissing() {
        ApiClient limited = client().signIn(alpha.limitedAdvisorEmail(), TestShops.PASSWORD);

        assertThat(limited.get("/api/v1/customers/" + alphaCustomer).status()).isEqualTo(404);
        assertThat(limited.get("/api/v1/vehicles/" + alphaVehicle).status()).isEqualTo(404);
        assertThat(limited.patch("/api/v1/customers/" + alphaCustomer, Map.of("notes", "x"))
                        .status())
                .isEqualTo(404);
        assertThat(limited.get("/api/v1/customers?q=zeb").body()).doesNotContain("Zebulon");
        ApiClient.Response elsewhere = limited.post(
                "/api/v1/customers",
                Map.of(
                        "lastName",
                        "Wrong Place",
                        "locationId",
                        alpha.mainLocation().toString()));
        assertThat(elsewhere.status()).isEqualTo(400);
        ApiClient.Response own = limited.post("/api/v1/customers", Map.of("lastName", "Right Place"));
        assertThat(own.status()).isEqualTo(201);
        assertThat(own.json().get("locationId").asString())
                .isEqualTo(alpha.otherLocation().toString());
    }

    @Test
    void anonymousCallersAreRefusedEverywhere() {
        ApiClient anonymous = client();

        assertThat(anonymous.get("/api/v1/customers").status()).isEqualTo(401);
        assertThat(anonymous.get("/api/v1/customers/" + alphaCustomer).status()).isEqualTo(401);
        assertThat(anonymous
                        .post("/api/v1/customers", Map.of("lastName", "Anon"))
                        .status())
                .isEqualTo(401);
    }
}
