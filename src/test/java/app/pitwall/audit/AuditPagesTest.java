package app.pitwall.audit;

import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.access.Role;
import app.pitwall.support.PageClient;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.TestShops;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The audit page: owners and managers see the trail with filters and a customer's history, owners
 * verify it from the page, bookkeepers see the financial part, others are refused.
 */
@PitwallIntegrationTest
class AuditPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    TestShops shops;

    TestShops.Shop shop;
    String customerId;

    String baseUrl() {
        return "http://localhost:" + port;
    }

    PageClient signedIn(Role role) {
        return new PageClient(baseUrl()).signIn(shop.email(role), TestShops.PASSWORD);
    }

    @BeforeEach
    void aShopWithAChangedCustomer() {
        shop = shops.create("Audit Page Garage");
        PageClient advisor = signedIn(Role.SERVICE_ADVISOR);
        customerId = advisor.api()
                .post("/api/v1/customers", Map.of("firstName", "Nora", "lastName", "Quill"))
                .json()
                .get("id")
                .asString();
        advisor.api().patch("/api/v1/customers/" + customerId, Map.of("lastName", "Quillon"));
    }

    @Test
    void aManagerSeesACustomersHistoryWithBeforeAndAfter() {
        PageClient.Answer page = signedIn(Role.MANAGER).get("/audit?subjectType=customer&subjectId=" + customerId);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("customer.registered")
                .contains("customer.changed")
                .contains("lastName: Quill → Quillon")
                .doesNotContain("Verify now");
    }

    @Test
    void theCustomersPageLinksToItsHistoryForThoseWhoMayReadIt() {
        String history = "/audit?subjectType=customer&amp;subjectId=" + customerId;

        assertThat(signedIn(Role.MANAGER).get("/customers/" + customerId).body())
                .contains(history);
        assertThat(signedIn(Role.SERVICE_ADVISOR)
                        .get("/customers/" + customerId)
                        .body())
                .doesNotContain(history);
    }

    @Test
    void anOwnerVerifiesTheTrailFromThePage() {
        PageClient owner = signedIn(Role.OWNER);
        assertThat(owner.get("/audit").body()).contains("Verify now");

        PageClient.Answer result = owner.post("/audit/verify");

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.body()).contains("The trail is intact");
    }

    @Test
    void aBookkeeperSeesOnlyTheFinancialPartAndATechnicianNothing() {
        PageClient.Answer bookkeeper = signedIn(Role.BOOKKEEPER).get("/audit");
        PageClient.Answer technician = signedIn(Role.TECHNICIAN).get("/audit");

        assertThat(bookkeeper.status()).isEqualTo(200);
        assertThat(bookkeeper.body()).contains("financial part").doesNotContain("customer.changed");
        assertThat(technician.status()).isEqualTo(403);
    }
}
