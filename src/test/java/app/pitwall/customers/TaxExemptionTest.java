package app.pitwall.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.pitwall.access.Role;
import app.pitwall.platform.NotFoundException;
import app.pitwall.platform.TenantScope;
import app.pitwall.support.ApiClient;
import app.pitwall.support.PageClient;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.TestShops;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A customer's sales-tax exemption: kept and changed over the API as a merge patch, audited, and answered to other
 * modules for a day, when an expired certificate no longer exempts.
 */
@PitwallIntegrationTest
class TaxExemptionTest {

    @Autowired
    TestShops shops;

    @Autowired
    Customers customers;

    @LocalServerPort
    int port;

    TestShops.Shop shop;
    ApiClient advisor;

    @BeforeEach
    void signIn() {
        shop = shops.create("Exempt Test Garage");
        advisor = as(shop, Role.SERVICE_ADVISOR);
    }

    @Test
    void theExemptionMakesARoundTripAndANullClearsTheExpiryAlone() {
        String id = exemptCustomer("RES-2291", "2027-01-31");

        JsonNode read = advisor.get("/api/v1/customers/" + id).json();
        assertThat(read.get("taxExempt").asBoolean()).isTrue();
        assertThat(read.get("taxExemptionCertificate").asString()).isEqualTo("RES-2291");
        assertThat(read.get("taxExemptionExpires").asString()).isEqualTo("2027-01-31");

        Map<String, Object> clearExpiry = new HashMap<>();
        clearExpiry.put("taxExemptionExpires", null);
        ApiClient.Response cleared = advisor.patch("/api/v1/customers/" + id, clearExpiry);
        assertThat(cleared.status()).as(cleared.body()).isEqualTo(200);
        assertThat(cleared.json().get("taxExemptionExpires").isNull()).isTrue();
        assertThat(cleared.json().get("taxExempt").asBoolean()).isTrue();
        assertThat(cleared.json().get("taxExemptionCertificate").asString()).isEqualTo("RES-2291");

        ApiClient.Response ended = advisor.patch("/api/v1/customers/" + id, Map.of("taxExempt", false));
        assertThat(ended.json().get("taxExempt").asBoolean()).isFalse();
        assertThat(ended.json().get("taxExemptionCertificate").asString()).isEqualTo("RES-2291");
    }

    @Test
    void anExemptionWithoutACertificateIsRefusedAndNothingChanges() {
        ApiClient.Response created = advisor.post("/api/v1/customers", Map.of("lastName", "Nocert", "taxExempt", true));
        assertThat(created.status()).as(created.body()).isEqualTo(400);
        assertThat(created.body()).contains("taxExemptionCertificate");

        String id = exemptCustomer("CH-77", null);
        Map<String, Object> clearCertificate = new HashMap<>();
        clearCertificate.put("taxExemptionCertificate", null);
        ApiClient.Response refused = advisor.patch("/api/v1/customers/" + id, clearCertificate);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("taxExemptionCertificate");
        JsonNode kept = advisor.get("/api/v1/customers/" + id).json();
        assertThat(kept.get("taxExemptionCertificate").asString()).isEqualTo("CH-77");
        assertThat(kept.get("version").asInt()).isZero();
    }

    @Test
    void anExpiredCertificateNoLongerExemptsButStillNamesItsNumber() {
        CustomerId id = new CustomerId(UUID.fromString(exemptCustomer("GOV-5", "2026-06-30")));

        TaxExemption onLastDay = exemptionOf(id, LocalDate.parse("2026-06-30"));
        TaxExemption dayAfter = exemptionOf(id, LocalDate.parse("2026-07-01"));

        assertThat(onLastDay).isEqualTo(new TaxExemption(true, "GOV-5", LocalDate.parse("2026-06-30")));
        assertThat(dayAfter.exempt()).isFalse();
        assertThat(dayAfter.certificate()).isEqualTo("GOV-5");
    }

    @Test
    void aCustomerWithoutExemptionPaysTaxAndAnotherTenantsCustomerIsNotFound() {
        String plain = advisor.post("/api/v1/customers", Map.of("lastName", "Taxed"))
                .json()
                .get("id")
                .asString();
        CustomerId id = new CustomerId(UUID.fromString(plain));
        assertThat(exemptionOf(id, LocalDate.parse("2026-01-01"))).isEqualTo(TaxExemption.NONE);

        TestShops.Shop other = shops.create("Other Exempt Garage");
        CustomerId foreign = new CustomerId(UUID.fromString(exemptCustomer("RES-1", null)));
        assertThatThrownBy(() -> TenantScope.callAs(
                        other.tenant(), () -> customers.exemptionOf(other.tenant(), foreign, LocalDate.now())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theAuditTrailRecordsTheExemptionBeforeAndAfter() {
        String id = exemptCustomer("RES-9", "2027-12-31");
        advisor.patch("/api/v1/customers/" + id, Map.of("taxExemptionCertificate", "RES-10"));

        JsonNode items = as(shop, Role.OWNER)
                .get("/api/v1/audit/events?action=customer.changed&subjectId=" + id)
                .json()
                .get("items");
        JsonNode change = items.get(items.size() - 1).get("change");
        assertThat(change.get("before").get("taxExemptionCertificate").asString())
                .isEqualTo("RES-9");
        assertThat(change.get("after").get("taxExemptionCertificate").asString())
                .isEqualTo("RES-10");
        JsonNode registered = as(shop, Role.OWNER)
                .get("/api/v1/audit/events?action=customer.registered&subjectId=" + id)
                .json()
                .get("items")
                .get(0)
                .get("change")
                .get("after");
        assertThat(registered.get("taxExempt").asBoolean()).isTrue();
        assertThat(registered.get("taxExemptionExpires").asString()).isEqualTo("2027-12-31");
    }

    @Test
    void theCustomerFormSetsTheExemptionAndThePageShowsIt() {
        String id = advisor.post("/api/v1/customers", Map.of("companyName", "Form Fleet", "kind", "BUSINESS"))
                .json()
                .get("id")
                .asString();
        PageClient page =
                new PageClient("http://localhost:" + port).signIn(shop.email(Role.SERVICE_ADVISOR), TestShops.PASSWORD);
        assertThat(page.get("/customers/" + id + "/edit").body())
                .contains("name=\"taxExempt\"", "name=\"taxExemptionCertificate\"", "type=\"date\"");

        PageClient.Answer badDate = page.post("/customers/" + id + "/edit", form("0", "FL-1", "2027-02-30"));
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(advisor.get("/api/v1/customers/" + id)
                        .json()
                        .get("taxExempt")
                        .asBoolean())
                .isFalse();

        PageClient.Answer saved = page.post("/customers/" + id + "/edit", form("0", "FL-1", "2027-02-28"));
        assertThat(saved.status()).isEqualTo(302);
        JsonNode stored = advisor.get("/api/v1/customers/" + id).json();
        assertThat(stored.get("taxExempt").asBoolean()).isTrue();
        assertThat(stored.get("taxExemptionExpires").asString()).isEqualTo("2027-02-28");
        assertThat(page.get("/customers/" + id).body()).contains("Exempt, certificate FL-1", "28 Feb 2027");

        PageClient.Answer noExpiry = page.post("/customers/" + id + "/edit", form("1", "FL-1", ""));
        assertThat(noExpiry.status()).isEqualTo(302);
        assertThat(advisor.get("/api/v1/customers/" + id)
                        .json()
                        .get("taxExemptionExpires")
                        .isNull())
                .isTrue();
    }

    private static String[] form(String version, String certificate, String expires) {
        return new String[] {
            "version",
            version,
            "kind",
            "BUSINESS",
            "companyName",
            "Form Fleet",
            "taxExempt",
            "true",
            "taxExemptionCertificate",
            certificate,
            "taxExemptionExpires",
            expires
        };
    }

    private String exemptCustomer(String certificate, String expires) {
        Map<String, Object> body = new HashMap<>();
        body.put("companyName", "Exempt Co " + certificate);
        body.put("kind", "BUSINESS");
        body.put("taxExempt", true);
        body.put("taxExemptionCertificate", certificate);
        if (expires != null) {
            body.put("taxExemptionExpires", expires);
        }
        ApiClient.Response created = advisor.post("/api/v1/customers", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private TaxExemption exemptionOf(CustomerId id, LocalDate day) {
        return TenantScope.callAs(shop.tenant(), () -> customers.exemptionOf(shop.tenant(), id, day));
    }

    private ApiClient as(TestShops.Shop of, Role role) {
        return new ApiClient("http://localhost:" + port).signIn(of.email(role), TestShops.PASSWORD);
    }
}
