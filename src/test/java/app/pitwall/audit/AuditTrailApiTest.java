package app.pitwall.audit;

import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.access.Role;
import app.pitwall.support.ApiClient;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.TestShops;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The trail over HTTP: changes show up with who, where and what; owners and managers read it all,
 * bookkeepers only its financial part, others nothing; a subject's history; a clean trail verifies.
 */
@PitwallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditTrailApiTest {

    @LocalServerPort
    int port;

    @Autowired
    TestShops shops;

    TestShops.Shop shop;
    String customerId;

    ApiClient client() {
        return new ApiClient("http://localhost:" + port);
    }

    ApiClient as(Role role) {
        return client().signIn(shop.email(role), TestShops.PASSWORD);
    }

    @BeforeAll
    void aShopWithAChangedCustomer() {
        shop = shops.create("Audit Api Garage");
        ApiClient advisor = as(Role.SERVICE_ADVISOR);
        ApiClient.Response created =
                advisor.post("/api/v1/customers", Map.of("firstName", "Ada", "lastName", "Lovelace"));
        assertThat(created.status()).isEqualTo(201);
        customerId = created.json().get("id").asString();
        assertThat(advisor.patch("/api/v1/customers/" + customerId, Map.of("lastName", "Byron"))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aChangeIsRecordedWithWhoWhereAndBeforeAndAfter() {
        JsonNode items = as(Role.OWNER)
                .get("/api/v1/audit/events?action=customer.changed&subjectId=" + customerId)
                .json()
                .get("items");

        assertThat(items).isNotEmpty();
        JsonNode entry = items.get(items.size() - 1);
        assertThat(entry.get("actor").get("kind").asString()).isEqualTo("user");
        assertThat(entry.get("actor").get("id").asString())
                .isEqualTo(shop.users().get(Role.SERVICE_ADVISOR).toString());
        assertThat(entry.get("actor").get("role").asString()).isEqualTo("service-advisor");
        assertThat(entry.get("request").get("source").asString()).isNotBlank();
        assertThat(entry.get("request").get("id").asString()).isNotBlank();
        assertThat(entry.get("change").get("before").get("lastName").asString()).isEqualTo("Lovelace");
        assertThat(entry.get("change").get("after").get("lastName").asString()).isEqualTo("Byron");
        assertThat(entry.get("hash").asString()).hasSize(64);
        assertThat(entry.get("tenant").asString()).isEqualTo(shop.tenant().toString());
    }

    @Test
    void aCardNumberNeverEntersTheTrail() {
        ApiClient.Response changed = as(Role.SERVICE_ADVISOR)
                .send(
                        "PATCH",
                        "/api/v1/customers/" + customerId,
                        Map.of("companyName", "Card Shop"),
                        Map.of("User-Agent", "Pasted 4111 1111 1111 1111 by mistake"));
        assertThat(changed.status()).isEqualTo(200);

        String body = as(Role.OWNER)
                .get("/api/v1/audit/subjects/customer/" + customerId)
                .body();

        assertThat(body)
                .contains("customer.registered")
                .contains("Card Shop")
                .contains("[redacted: card number]")
                .doesNotContain("4111 1111 1111 1111");
    }

    @Test
    void theCallersRequestIdIsKeptWhenItIsAPlainToken() {
        ApiClient advisor = as(Role.SERVICE_ADVISOR);
        ApiClient.Response changed = advisor.send(
                "PATCH",
                "/api/v1/customers/" + customerId,
                Map.of("firstName", "Augusta"),
                Map.of("X-Request-Id", "trace-42.a"));
        assertThat(changed.header("X-Request-Id")).isEqualTo("trace-42.a");

        JsonNode latest = as(Role.OWNER)
                .get("/api/v1/audit/subjects/customer/" + customerId + "?limit=1")
                .json()
                .get("items")
                .get(0);
        assertThat(latest.get("request").get("id").asString()).isEqualTo("trace-42.a");
    }

    @Test
    void aBookkeeperSeesOnlyFinancialActionsAndOthersNothing() {
        ApiClient.Response bookkeeper = as(Role.BOOKKEEPER).get("/api/v1/audit/events");
        assertThat(bookkeeper.status()).isEqualTo(200);
        for (JsonNode item : bookkeeper.json().get("items")) {
            assertThat(item.get("action").asString()).matches("(invoice|payment|refund|payroll|discount)\\..*");
        }
        assertThat(as(Role.SERVICE_ADVISOR).get("/api/v1/audit/events").status())
                .isEqualTo(403);
        assertThat(as(Role.MANAGER).get("/api/v1/audit/events").status()).isEqualTo(200);
        assertThat(as(Role.MANAGER).get("/api/v1/audit/export").status()).isEqualTo(403);
    }

    @Test
    void pagesFollowTheCursorWithoutRepeatsOrGaps() {
        ApiClient owner = as(Role.OWNER);
        List<Long> seen = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = owner.get("/api/v1/audit/events?limit=2" + (cursor == null ? "" : "&cursor=" + cursor))
                    .json();
            page.get("items").forEach(item -> seen.add(item.get("seq").asLong()));
            cursor = page.get("nextCursor").isNull()
                    ? null
                    : page.get("nextCursor").asString();
        } while (cursor != null);

        assertThat(seen).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(seen).doesNotHaveDuplicates();
        assertThat(seen.get(seen.size() - 1)).isEqualTo(1L);
        assertThat(seen.get(0) - seen.get(seen.size() - 1) + 1).isEqualTo(seen.size());
    }

    @Test
    void aCleanTrailVerifiesAndTheVerificationIsRecorded() {
        ApiClient owner = as(Role.OWNER);
        JsonNode result = owner.get("/api/v1/audit/verify").json();

        assertThat(result.get("valid").asBoolean()).as(result.toString()).isTrue();
        assertThat(result.get("eventsChecked").asLong()).isGreaterThan(3);
        assertThat(owner.get("/api/v1/audit/events?action=audit.verified")
                        .json()
                        .get("items"))
                .isNotEmpty();
    }

    @Test
    void badFiltersAreRefusedWithTheFieldNamed() {
        ApiClient.Response response = as(Role.OWNER).get("/api/v1/audit/events?from=yesterday");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("from");
        assertThat(as(Role.OWNER).get("/api/v1/audit/events?cursor=bm9wZQ").status())
                .isEqualTo(400);
    }
}
