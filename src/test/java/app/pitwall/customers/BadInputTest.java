package app.pitwall.customers;

import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.access.Role;
import app.pitwall.support.ApiClient;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.TestShops;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Bad input is answered 400 with the offending field named, as problem details, and changes nothing. */
@PitwallIntegrationTest
class BadInputTest {

    @Autowired
    TestShops shops;

    @LocalServerPort
    int port;

    ApiClient advisor;
    String customerId;
    String vehicleId;

    @BeforeEach
    void aCustomerWithAVehicle() {
        TestShops.Shop shop = shops.create("Bad Input Garage");
        advisor = new ApiClient("http://localhost:" + port).signIn(shop.email(Role.MANAGER), TestShops.PASSWORD);
        customerId = advisor.post("/api/v1/customers", Map.of("lastName", "Original"))
                .json()
                .get("id")
                .asString();
        vehicleId = advisor.post("/api/v1/vehicles", Map.of("customerId", customerId, "plate", "ORIG 1"))
                .json()
                .get("id")
                .asString();
    }

    static Stream<Arguments> badBodies() {
        String longName = "x".repeat(101);
        return Stream.of(
                Arguments.of("/api/v1/customers", "{\"lastName\": \"" + longName + "\"}", "lastName"),
                Arguments.of("/api/v1/customers", "{\"lastName\": \"Ok\", \"shoeSize\": 44}", "shoeSize"),
                Arguments.of("/api/v1/customers", "{\"lastName\": [\"not\", \"text\"]}", "lastName"),
                Arguments.of(
                        "/api/v1/customers",
                        "{\"lastName\": \"Ok\", \"marketingConsent\": \"maybe\"}",
                        "marketingConsent"),
                Arguments.of("/api/v1/customers", "{\"lastName\": \"Ok\", \"emails\": [\"nobody\"]}", "emails[0]"),
                Arguments.of("/api/v1/customers", "{\"lastName\": \"Ok\", \"kind\": \"ALIEN\"}", "kind"),
                Arguments.of(
                        "/api/v1/customers",
                        "{\"lastName\": \"Ok\", \"notes\": \"card 4111 1111 1111 1111\"}",
                        "notes"),
                Arguments.of("/api/v1/customers", "{\"lastName\": \"Ok\", ", "body"),
                Arguments.of("/api/v1/customers", "{\"kind\": \"BUSINESS\"}", "companyName"),
                Arguments.of("/api/v1/vehicles", "{\"customerId\": \"%s\", \"vin\": \"1HGCM82623A004352\"}", "vin"),
                Arguments.of("/api/v1/vehicles", "{\"customerId\": \"%s\", \"vin\": \"1HGCM8263OA004352\"}", "vin"),
                Arguments.of("/api/v1/vehicles", "{\"customerId\": \"%s\", \"year\": \"nineteen\"}", "year"),
                Arguments.of("/api/v1/vehicles", "{\"customerId\": \"%s\", \"year\": 1700}", "year"),
                Arguments.of("/api/v1/vehicles", "{\"customerId\": \"not-a-uuid\"}", "customerId"),
                Arguments.of(
                        "/api/v1/vehicles",
                        "{\"customerId\": \"%s\", \"odometer\": {\"value\": -5}}",
                        "odometer.value"));
    }

    @ParameterizedTest(name = "POST {0} {1} names {2}")
    @MethodSource("badBodies")
    void badInputIsRefusedWithTheFieldNamedAndNothingChanges(String path, String body, String field) {
        int customersBefore =
                advisor.get("/api/v1/customers").json().get("items").size();
        int vehiclesBefore = advisor.get("/api/v1/vehicles").json().get("items").size();

        ApiClient.Response response = advisor.post(path, body.formatted(customerId));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("content-type")).startsWith("application/problem+json");
        assertThat(response.json().get("fields").has(field)).as(response.body()).isTrue();
        assertThat(advisor.get("/api/v1/customers").json().get("items")).hasSize(customersBefore);
        assertThat(advisor.get("/api/v1/vehicles").json().get("items")).hasSize(vehiclesBefore);
    }

    @ParameterizedTest(name = "PATCH vehicle {0} names {1}")
    @MethodSource("badVehicleChanges")
    void aBadChangeLeavesTheRecordAsItWas(String body, String field) {
        ApiClient.Response response = advisor.patch("/api/v1/vehicles/" + vehicleId, body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("fields").has(field)).as(response.body()).isTrue();
        var stored = advisor.get("/api/v1/vehicles/" + vehicleId).json();
        assertThat(stored.get("plate").asString()).isEqualTo("ORIG 1");
        assertThat(stored.get("version").asInt()).isZero();
    }

    static Stream<Arguments> badVehicleChanges() {
        return Stream.of(
                Arguments.of("{\"plate\": \"" + "P".repeat(17) + "\"}", "plate"),
                Arguments.of("{\"plate\": \"NEW 1\", \"vin\": \"12345678901234567890\"}", "vin"),
                Arguments.of("{\"plate\": \"NEW 1\", \"colour\": {\"r\": 1}}", "colour"),
                Arguments.of("{\"plate\": \"NEW 1\", \"version\": -1}", "version"));
    }
}
