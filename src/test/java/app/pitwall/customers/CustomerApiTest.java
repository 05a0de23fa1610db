package app.pitwall.customers;

import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.access.Role;
import app.pitwall.support.ApiClient;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.TestShops;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Staff manage customers and vehicles over the JSON API: the happy paths, search, paging and versions. */
@PitwallIntegrationTest
class CustomerApiTest {

    @Autowired
    TestShops shops;

    @LocalServerPort
    int port;

    TestShops.Shop shop;
    ApiClient advisor;

    @BeforeEach
    void signIn() {
        shop = shops.create("Customer Test Garage");
        advisor =
                new ApiClient("http://localhost:" + port).signIn(shop.email(Role.SERVICE_ADVISOR), TestShops.PASSWORD);
    }

    @Test
    void anAdvisorRegistersACustomerAndTheirVehicleAndFindsThemBySearch() {
        ApiClient.Response created = advisor.post(
                "/api/v1/customers",
                Map.of(
                        "firstName",
                        "Rosa",
                        "lastName",
                        "Diaz",
                        "emails",
                        List.of("Rosa.Diaz@Example.com"),
                        "phones",
                        List.of("(555) 010-2233"),
                        "marketingConsent",
                        true));
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.json().get("emails").get(0).asString()).isEqualTo("rosa.diaz@example.com");

        ApiClient.Response vehicle = advisor.post(
                "/api/v1/vehicles",
                Map.of(
                        "customerId",
                        id,
                        "vin",
                        "1hgcm82633a004352",
                        "plate",
                        "RSA 911",
                        "year",
                        2003,
                        "odometer",
                        Map.of("value", 150000, "unit", "MI")));
        assertThat(vehicle.status()).as(vehicle.body()).isEqualTo(201);
        assertThat(vehicle.json().get("vin").asString()).isEqualTo("1HGCM82633A004352");
        assertThat(vehicle.json().get("odometerReadings").get(0).get("value").asInt())
                .isEqualTo(150000);

        for (String query : List.of("diaz", "ROSA", "010-2233", "0102233", "rosa.diaz@", "rsa911", "A004352")) {
            JsonNode found = advisor.get("/api/v1/customers?q=" + query.replace(" ", "%20"))
                    .json();
            assertThat(found.get("items")).as(query).hasSize(1);
            assertThat(found.get("items").get(0).get("id").asString()).isEqualTo(id);
        }
        assertThat(advisor.get("/api/v1/vehicles?q=rsa%20911").json().get("items"))
                .hasSize(1);
        assertThat(advisor.get("/api/v1/vehicles?customerId=" + id).json().get("items"))
                .hasSize(1);
    }

    @Test
    void listsArePagedWithACursorThatVisitsEveryCustomerOnce() {
        for (int i = 0; i < 7; i++) {
            advisor.post("/api/v1/customers", Map.of("lastName", "Pager" + i));
        }
        Set<String> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = advisor.get("/api/v1/customers?limit=3" + (cursor == null ? "" : "&cursor=" + cursor))
                    .json();
            page.get("items")
                    .forEach(item ->
                            assertThat(seen.add(item.get("id").asString())).isTrue());
            cursor = page.get("nextCursor").isNull()
                    ? null
                    : page.get("nextCursor").asString();
            pages++;
        } while (cursor != null);

        assertThat(seen).hasSize(7);
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void aChangeKeepsUntouchedFieldsAndAStaleVersionIsRefusedWithoutLosingTheStoredData() {
        String id = advisor.post("/api/v1/customers", Map.of("firstName", "Kim", "lastName", "Park", "notes", "VIP"))
                .json()
                .get("id")
                .asString();

        ApiClient.Response changed =
                advisor.patch("/api/v1/customers/" + id, Map.of("lastName", "Park-Lee", "version", 0));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("notes").asString()).isEqualTo("VIP");
        assertThat(changed.json().get("version").asInt()).isEqualTo(1);

        ApiClient.Response stale = advisor.patch("/api/v1/customers/" + id, Map.of("lastName", "Lost", "version", 0));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("type").asString()).endsWith("/stale-version");
        assertThat(advisor.get("/api/v1/customers/" + id).json().get("lastName").asString())
                .isEqualTo("Park-Lee");
    }

    @Test
    void aCustomerWithVehiclesIsNotDeletedUntilTheVehiclesAreGone() {
        ApiClient manager =
                new ApiClient("http://localhost:" + port).signIn(shop.email(Role.MANAGER), TestShops.PASSWORD);
        String id = advisor.post("/api/v1/customers", Map.of("lastName", "Leaving"))
                .json()
                .get("id")
                .asString();
        String vehicle = advisor.post("/api/v1/vehicles", Map.of("customerId", id, "plate", "BYE 1"))
                .json()
                .get("id")
                .asString();

        assertThat(manager.delete("/api/v1/customers/" + id).status()).isEqualTo(422);
        assertThat(manager.delete("/api/v1/vehicles/" + vehicle).status()).isEqualTo(204);
        assertThat(manager.delete("/api/v1/customers/" + id).status()).isEqualTo(204);
        assertThat(manager.get("/api/v1/customers/" + id).status()).isEqualTo(404);
    }

    @Test
    void technicianSeesNamesButNoContactDetails() {
        advisor.post("/api/v1/customers", Map.of("lastName", "Private", "emails", List.of("p@example.com")));
        ApiClient technician =
                new ApiClient("http://localhost:" + port).signIn(shop.email(Role.TECHNICIAN), TestShops.PASSWORD);

        JsonNode item = technician
                .get("/api/v1/customers?q=private")
                .json()
                .get("items")
                .get(0);
        assertThat(item.get("lastName").asString()).isEqualTo("Private");
        assertThat(item.get("emails").isNull()).isTrue();
        assertThat(technician
                        .post("/api/v1/customers", Map.of("lastName", "Nope"))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void nonNorthAmericanVinWithAnUnverifiableCheckDigitIsAcceptedWithAWarning() {
        String id = advisor.post("/api/v1/customers", Map.of("lastName", "Importer"))
                .json()
                .get("id")
                .asString();

        ApiClient.Response vehicle =
                advisor.post("/api/v1/vehicles", Map.of("customerId", id, "vin", "WVWZZZ1JZ3W386752"));

        assertThat(vehicle.status()).as(vehicle.body()).isEqualTo(201);
        assertThat(vehicle.json().get("vinWarnings")).isNotEmpty();
        assertThat(vehicle.json().get("manufacturer").asString()).containsIgnoringCase("volkswagen");
    }
}
