package app.pitwall.approvals;

import static app.pitwall.support.Workshop.created;
import static app.pitwall.support.Workshop.id;
import static app.pitwall.support.Workshop.ok;
import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.access.Role;
import app.pitwall.support.ApiClient;
import app.pitwall.support.MutableClock;
import app.pitwall.support.MutableClockConfiguration;
import app.pitwall.support.PageClient;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.TestShops;
import app.pitwall.support.Workshop;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/** An approval link works for seven days and not a moment longer; time is moved, never waited for. */
@PitwallIntegrationTest
@Import(MutableClockConfiguration.class)
class ApprovalLinkExpiryTest {

    @Autowired
    TestShops shops;

    @Autowired
    MutableClock clock;

    @LocalServerPort
    int port;

    @Test
    void anExpiredLinkIsRefusedAndChangesNothing() {
        String base = "http://localhost:" + port;
        Workshop shop = Workshop.open(shops, base, "Expiry Garage");
        JsonNode order = shop.openOrder(List.of(shop.brakeJob()));
        JsonNode link = created(shop.advisor().post("/api/v1/repair-orders/" + id(order) + "/approval-requests", null));
        String path = "/api/v1/approvals/" + link.get("token").asString();
        ApiClient customer = new ApiClient(base);

        clock.advance(Duration.ofDays(7).minusMinutes(1));
        JsonNode estimate = ok(customer.get(path));
        clock.advance(Duration.ofMinutes(1));
        ApiClient.Response shown = customer.get(path);
        ApiClient.Response answered = customer.post(
                path,
                Map.of(
                        "signature",
                        "Rosa Diaz",
                        "decisions",
                        List.of(ApprovalLinkTest.decision(estimate, 0, "APPROVED"))));

        assertThat(shown.status()).isEqualTo(410);
        assertThat(shown.json().get("type").asString()).endsWith("/approval-link-expired");
        assertThat(answered.status()).isEqualTo(410);
        ApiClient advisor = new ApiClient(base).signIn(shop.shop.email(Role.SERVICE_ADVISOR), TestShops.PASSWORD);
        JsonNode now = ok(advisor.get("/api/v1/repair-orders/" + id(order)));
        assertThat(now.get("status").asString()).isEqualTo("AWAITING_APPROVAL");
        assertThat(now.get("jobs").get(0).get("approvalStatus").asString()).isEqualTo("PENDING");
    }

    @Test
    void anExpiredLinkOpensAFriendlyRefusalPageWithoutAnyData() {
        String base = "http://localhost:" + port;
        Workshop shop = Workshop.open(shops, base, "Expired Page Garage");
        JsonNode order = shop.openOrder(List.of(shop.brakeJob()));
        String token = created(shop.advisor().post("/api/v1/repair-orders/" + id(order) + "/approval-requests", null))
                .get("token")
                .asString();
        PageClient customer = new PageClient(base);
        assertThat(customer.get("/approvals/" + token).status()).isEqualTo(200);

        clock.advance(Duration.ofDays(7));
        PageClient.Answer shown = customer.get("/approvals/" + token);
        PageClient.Answer answered = customer.post("/approvals/" + token, "signature", "Rosa Diaz");

        assertThat(shown.status()).isEqualTo(410);
        assertThat(shown.body())
                .contains("This link has expired")
                .doesNotContain("Expired Page Garage", "Front brakes", "Diaz");
        assertThat(answered.status()).isEqualTo(410);
        assertThat(customer.get("/approvals/" + token + "/logo").status()).isEqualTo(410);
    }
}
