package app.pitwall.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.access.Role;
import app.pitwall.support.ApiClient;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.TestShops;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Optimistic concurrency and merge patches over HTTP, on a customer: a read sends the strong ETag of the version; a
 * write names the version it changes (If-Match or the body's {@code version}) or is refused with 428; a stale If-Match
 * is 412, a stale body version 409; none of the refusals changes anything. A PATCH keeps what it leaves out and clears
 * what it gives as {@code null}, in {@code application/merge-patch+json} or {@code application/json}.
 */
@PitwallIntegrationTest
class ApiPreconditionsTest {

    @Autowired
    TestShops shops;

    @LocalServerPort
    int port;

    ApiClient advisor;
    ApiClient manager;
    String customer;

    @BeforeEach
    void aCustomer() {
        TestShops.Shop shop = shops.create("Precondition Garage");
        advisor = new ApiClient("http://localhost:" + port)
                .signIn(shop.email(Role.SERVICE_ADVISOR), TestShops.PASSWORD)
                .withoutAutomaticVersions();
        manager = new ApiClient("http://localhost:" + port)
                .signIn(shop.email(Role.MANAGER), TestShops.PASSWORD)
                .withoutAutomaticVersions();
        customer = "/api/v1/customers/"
                + advisor.post("/api/v1/customers", Map.of("firstName", "Rosa", "lastName", "Diaz", "notes", "VIP"))
                        .json()
                        .get("id")
                        .asString();
    }

    @Test
    void aReadSendsTheStrongETagOfItsVersionAndAnIfMatchWithItChangesIt() {
        ApiClient.Response read = advisor.get(customer);
        ApiClient.Response changed =
                advisor.send("PATCH", customer, Map.of("notes", "Regular"), Map.of("If-Match", read.header("ETag")));

        assertThat(read.header("ETag")).isEqualTo("\"0\"");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.header("ETag")).isEqualTo("\"1\"");
        assertThat(changed.json().get("notes").asString()).isEqualTo("Regular");
    }

    @Test
    void aWriteThatNamesNoVersionIs428AndChangesNothing() {
        ApiClient.Response patched = advisor.patch(customer, Map.of("notes", "Overwritten"));
        ApiClient.Response deleted = manager.delete(customer);
        ApiClient.Response invalidToo = advisor.patch(customer, Map.of("lastName", "x".repeat(500)));

        assertThat(patched.status()).isEqualTo(428);
        assertThat(patched.json().get("type").asString())
                .isEqualTo("https://pitwall.app/problems/precondition-required");
        assertThat(deleted.status()).isEqualTo(428);
        assertThat(invalidToo.status()).as("the missing version is said first").isEqualTo(428);
        assertThat(current().get("notes").asString()).isEqualTo("VIP");
        assertThat(current().get("version").asInt()).isZero();
    }

    @Test
    void aStaleIfMatchIs412AStaleBodyVersionIs409AndNeitherChangesAnything() {
        advisor.send("PATCH", customer, Map.of("notes", "Second"), Map.of("If-Match", "\"0\""));

        ApiClient.Response staleHeader =
                advisor.send("PATCH", customer, Map.of("notes", "Lost"), Map.of("If-Match", "\"0\""));
        ApiClient.Response staleBody = advisor.patch(customer, Map.of("notes", "Lost", "version", 0));
        ApiClient.Response staleDelete = manager.send("DELETE", customer, null, Map.of("If-Match", "\"0\""));

        assertThat(staleHeader.status()).isEqualTo(412);
        assertThat(staleHeader.json().get("type").asString())
                .isEqualTo("https://pitwall.app/problems/precondition-failed");
        assertThat(staleBody.status()).isEqualTo(409);
        assertThat(staleBody.json().get("type").asString()).isEqualTo("https://pitwall.app/problems/stale-version");
        assertThat(staleDelete.status()).isEqualTo(412);
        assertThat(current().get("notes").asString()).isEqualTo("Second");
        assertThat(manager.send("DELETE", customer, null, Map.of("If-Match", "\"1\""))
                        .status())
                .isEqualTo(204);
    }

    @Test
    void aWeakOrUnreadableIfMatchOrOneThatDisagreesWithTheBodyIsBadInput() {
        for (String tag : new String[] {"W/\"0\"", "0", "\"zero\"", "*"}) {
            ApiClient.Response refused = advisor.send("PATCH", customer, Map.of("notes", "x"), Map.of("If-Match", tag));
            assertThat(refused.status()).as(tag).isEqualTo(400);
            assertThat(refused.json().get("fields").has("If-Match")).as(tag).isTrue();
        }
        ApiClient.Response disagreeing =
                advisor.send("PATCH", customer, Map.of("notes", "x", "version", 1), Map.of("If-Match", "\"0\""));

        assertThat(disagreeing.status()).isEqualTo(400);
        assertThat(current().get("notes").asString()).isEqualTo("VIP");
    }

    @Test
    void aMergePatchKeepsWhatItLeavesOutAndClearsWhatItGivesAsNull() {
        ApiClient.Response cleared = advisor.send(
                "PATCH",
                customer,
                "{\"notes\": null, \"version\": 0}",
                Map.of("Content-Type", "application/merge-patch+json"));
        ApiClient.Response notClearable = advisor.patch(customer, "{\"kind\": null, \"version\": 1}");

        assertThat(cleared.status()).isEqualTo(200);
        assertThat(cleared.json().get("notes").isNull()).isTrue();
        assertThat(cleared.json().get("firstName").asString())
                .as("left out, so kept")
                .isEqualTo("Rosa");
        assertThat(notClearable.status()).isEqualTo(400);
        assertThat(notClearable.json().get("fields").get("kind").asString()).isEqualTo("cannot be cleared");
        assertThat(current().get("version").asInt()).isEqualTo(1);
    }

    private JsonNode current() {
        return advisor.get(customer).json();
    }
}
