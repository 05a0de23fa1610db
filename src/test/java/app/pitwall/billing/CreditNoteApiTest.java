package app.pitwall.billing;

import static app.pitwall.support.Workshop.id;
import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.access.Role;
import app.pitwall.support.ApiClient;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.TestShops;
import app.pitwall.support.Workshop;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Credit notes over HTTP: a whole credit nets the invoice to zero in the credit-note series; a partial one by line or
 * amount; never more than is left; an advisor only up to the tenant's limit; reopening the order only when asked.
 */
@PitwallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CreditNoteApiTest {

    @Autowired
    TestShops shops;

    @LocalServerPort
    int port;

    Workshop shop;
    BillingFixture billing;

    @BeforeAll
    void openTheShop() {
        shop = Workshop.open(shops, "http://localhost:" + port, "Credit Garage");
        billing = new BillingFixture(shop);
    }

    @Test
    void aWholeCreditNoteNetsTheInvoiceToZeroAndLeavesTheOrderInvoiced() {
        JsonNode order = billing.readyOrder(true);
        JsonNode invoice = posted(order);

        JsonNode note = credit(shop.as(Role.MANAGER), invoice, Map.of("reason", "Billed the wrong customer"));

        assertThat(note.get("document").asString()).isEqualTo("CREDIT_NOTE");
        assertThat(note.get("number").asString()).startsWith("CN-");
        assertThat(note.get("creditsInvoiceId").asString()).isEqualTo(id(invoice));
        for (String field : List.of("labor", "parts", "fees", "discounts", "laborTax", "partsTax", "total")) {
            assertThat(amount(note, field).add(amount(invoice, field))).as(field).isZero();
        }
        assertThat(status(order)).isEqualTo("INVOICED");
        ApiClient.Response again =
                shop.as(Role.MANAGER).post(path(invoice), Map.of("reason", "Twice", "version", 1));
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.json().get("type").asString()).endsWith("/credit-over-invoiced");
    }

    @Test
    void creditingMoreThanWasInvoicedIsRefusedAndIssuesNothing() {
        JsonNode invoice = posted(billing.readyOrder(true));
        BigDecimal over = amount(invoice, "total").add(new BigDecimal("0.01"));

        ApiClient.Response refused = shop.as(Role.OWNER)
                .post(path(invoice), Map.of("amount", over.toPlainString(), "reason", "Too much", "version", 1));
        ApiClient.Response negative = shop.as(Role.OWNER)
                .post(path(invoice), Map.of("amount", "-1.00", "reason", "Negative", "version", 1));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("type").asString()).endsWith("/credit-over-invoiced");
        assertThat(negative.status()).isEqualTo(400);
        JsonNode notes = shop.as(Role.BOOKKEEPER).get("/api/v1/invoices?limit=100").json().get("items");
        assertThat(notes.findValuesAsString("creditsInvoiceId")).doesNotContain(id(invoice));
    }

    @Test
    void anAdvisorCreditsUpToTheLimitAndAManagerAboveIt() {
        JsonNode invoice = posted(billing.readyOrder(true));

        JsonNode small = credit(shop.advisor(), invoice, Map.of("amount", "10.00", "reason", "Goodwill"));
        ApiClient.Response large = shop.advisor()
                .post(path(invoice), Map.of("amount", "150.00", "reason", "Big goodwill", "version", 1));
        JsonNode byLine =
                credit(shop.as(Role.MANAGER), invoice, Map.of("linePositions", List.of(1), "reason", "Labor redone"));

        assertThat(amount(small, "total")).isEqualByComparingTo("-10.00");
        assertThat(large.status()).isEqualTo(403);
        assertThat(large.json().get("type").asString()).endsWith("/credit-above-limit");
        assertThat(byLine.get("lines").get(0).get("credits").asInt()).isEqualTo(1);
        assertThat(amount(byLine, "labor")).isEqualByComparingTo(amount(invoice, "labor").negate());
    }

    @Test
    void aCreditNoteReopensTheOrderOnlyWhenAsked() {
        JsonNode order = billing.readyOrder(true);
        JsonNode invoice = posted(order);

        credit(shop.as(Role.MANAGER), invoice, Map.of("reason", "Wrong part billed", "reopen", true));

        assertThat(status(order)).isEqualTo("IN_PROGRESS");
    }

    @Test
    void aDraftIsNotCredited() {
        JsonNode draft = billing.draft(billing.readyOrder(true), Map.of()).get("invoices").get(0);

        ApiClient.Response refused =
                shop.as(Role.MANAGER).post(path(draft), Map.of("reason", "Not yet", "version", 0));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("type").asString()).endsWith("/not-posted");
    }

    private JsonNode posted(JsonNode order) {
        return billing.post(billing.draft(order, Map.of()).get("invoices").get(0));
    }

    private static JsonNode credit(ApiClient client, JsonNode invoice, Map<String, Object> body) {
        Map<String, Object> versioned = new java.util.HashMap<>(body);
        versioned.put("version", invoice.get("version").asInt());
        ApiClient.Response response = client.post(path(invoice), versioned);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    private static String path(JsonNode invoice) {
        return "/api/v1/invoices/" + id(invoice) + "/credit-notes";
    }

    private String status(JsonNode order) {
        return shop.advisor().get("/api/v1/repair-orders/" + id(order)).json().get("status").asString();
    }

    private static BigDecimal amount(JsonNode invoice, String field) {
        return new BigDecimal(invoice.get("amounts").get(field).asString());
    }
}
