package app.pitwall.billing;

import static app.pitwall.support.Workshop.id;
import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.access.Role;
import app.pitwall.platform.TenantId;
import app.pitwall.platform.TenantScope;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Invoices over HTTP against the embedded PostgreSQL: drafting from a READY order, splits with a deductible,
 * posting with its checks and numbers, the order moving to INVOICED, posted invoices final (through the API and for
 * the application's database role: the trigger refuses, and lines have no UPDATE grant at all), and bad input refused
 * with nothing changed.
 */
@PitwallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvoiceApiTest {

    @Autowired
    TestShops shops;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @LocalServerPort
    int port;

    Workshop shop;
    Workshop other;
    BillingFixture billing;

    @BeforeAll
    void openTheShops() {
        shop = Workshop.open(shops, "http://localhost:" + port, "Invoice Garage");
        other = Workshop.open(shops, "http://localhost:" + port, "Other Invoice Garage");
        billing = new BillingFixture(shop);
    }

    @Test
    void aWholeInvoiceToTheCustomerIsPostedNumberedAndMovesTheOrderToInvoiced() {
        JsonNode order = billing.readyOrder(true);
        JsonNode drafted = billing.draft(order, Map.of());
        JsonNode invoice = drafted.get("invoices").get(0);

        assertThat(drafted.get("invoices")).hasSize(1);
        assertThat(invoice.get("status").asString()).isEqualTo("DRAFT");
        assertThat(invoice.get("number").isNull()).isTrue();
        assertThat(invoice.get("payer").get("party").asString()).isEqualTo("CUSTOMER");
        assertThat(invoice.get("amounts").get("total").asString())
                .isEqualTo(order.get("totals").get("total").asString());
        assertThat(invoice.get("lines")).hasSize(3);

        JsonNode posted = billing.post(invoice);

        assertThat(posted.get("status").asString()).isEqualTo("POSTED");
        assertThat(posted.get("number").asString()).startsWith("INV-");
        assertThat(shop.advisor().get("/api/v1/repair-orders/" + id(order)).json().get("status").asString())
                .isEqualTo("INVOICED");
        ApiClient.Response again = shop.advisor().post("/api/v1/invoices/" + id(invoice) + "/posting", null);
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.json().get("type").asString()).endsWith("/invoice-posted");
        ApiClient.Response moved = shop.advisor()
                .post("/api/v1/repair-orders/" + id(order) + "/transitions", Map.of("to", "IN_PROGRESS"));
        assertThat(moved.status()).isEqualTo(409);
        assertThat(moved.json().get("type").asString()).endsWith("/billing-move");
    }

    @Test
    void anInsurerPaysWhatItCoversLessTheDeductibleAndTheCustomerTheRest() {
        JsonNode order = billing.readyOrder(true);
        String insurer = billing.payer("INSURANCE", "Lone Star Mutual");
        String brakes = order.get("jobs").get(0).get("id").asString();

        JsonNode drafted = billing.draft(
                order,
                Map.of(
                        "split",
                        "JOB",
                        "shares",
                        List.of(Map.of(
                                "payerId", insurer,
                                "jobIds", List.of(brakes),
                                "claimNumber", "CL-2026-17",
                                "deductible", "50.00"))));

        JsonNode insured = drafted.get("invoices").get(0);
        JsonNode customer = drafted.get("invoices").get(1);
        JsonNode brakeJob = order.get("jobs").get(0).get("totals");
        JsonNode filterJob = order.get("jobs").get(1).get("totals");
        assertThat(amount(insured, "total"))
                .isEqualByComparingTo(new BigDecimal(brakeJob.get("total").asString()).subtract(new BigDecimal("50")));
        assertThat(amount(customer, "total"))
                .isEqualByComparingTo(new BigDecimal(filterJob.get("total").asString()).add(new BigDecimal("50")));
        assertThat(amount(customer, "tax")).isEqualByComparingTo(filterJob.get("tax").asString());
        assertThat(insured.get("payer").get("claimNumber").asString()).isEqualTo("CL-2026-17");
        assertThat(insured.get("siblings").get(0).asString()).isEqualTo(id(customer));
        assertThat(amount(insured, "total").add(amount(customer, "total")))
                .isEqualByComparingTo(order.get("totals").get("total").asString());
    }

    @Test
    void aRefusedPostingListsEveryUnmetCheckAndConsumesNoNumber() {
        JsonNode first = billing.post(billing.draft(billing.readyOrder(true), Map.of()).get("invoices").get(0));
        JsonNode unready = billing.readyOrder(false);
        JsonNode draft = billing.draft(unready, Map.of()).get("invoices").get(0);
        shop.advisor()
                .patch("/api/v1/repair-orders/" + id(unready), Map.of("technicianIds", List.of()));

        ApiClient.Response refused = shop.advisor().post("/api/v1/invoices/" + id(draft) + "/posting", null);

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().get("type").asString()).endsWith("/posting-checks-failed");
        assertThat(refused.json().get("unmet").findValuesAsString("check")).contains("odometer-out");
        assertThat(shop.advisor().get("/api/v1/invoices/" + id(draft)).json().get("status").asString())
                .isEqualTo("DRAFT");
        JsonNode next = billing.post(billing.draft(billing.readyOrder(true), Map.of()).get("invoices").get(0));
        assertThat(sequence(next)).isEqualTo(sequence(first) + 1);
    }

    @Test
    void aPostedInvoiceIsNeitherChangedNorDeletedThroughTheApi() {
        JsonNode posted = billing.post(billing.draft(billing.readyOrder(true), Map.of()).get("invoices").get(0));
        String path = "/api/v1/invoices/" + id(posted);

        ApiClient.Response patch = shop.advisor().patch(path, Map.of("notes", "Changed afterwards"));
        ApiClient.Response delete = shop.advisor().delete(path);

        assertThat(patch.status()).isEqualTo(422);
        assertThat(patch.json().get("type").asString()).endsWith("/invoice-posted");
        assertThat(delete.status()).isEqualTo(422);
        assertThat(shop.advisor().get(path).json().get("notes").isNull()).isTrue();
    }

    @Test
    void theApplicationsDatabaseRoleCannotChangeOrDeleteAPostedInvoiceOrItsLines() {
        JsonNode posted = billing.post(billing.draft(billing.readyOrder(true), Map.of()).get("invoices").get(0));
        java.util.UUID invoice = java.util.UUID.fromString(id(posted));
        List<String> statements = List.of(
                "UPDATE invoice SET total = 0, labor = 0, parts = 0, fees = 0, discounts = 0, adjustments = 0,"
                        + " labor_tax = 0, parts_tax = 0, fees_tax = 0 WHERE id = ?",
                "UPDATE invoice SET notes = 'backdated' WHERE id = ?",
                "DELETE FROM invoice WHERE id = ?",
                "DELETE FROM invoice_line WHERE invoice_id = ?",
                "UPDATE invoice_line SET amount = 0 WHERE invoice_id = ?",
                "INSERT INTO invoice_line (tenant_id, invoice_id, position, kind, description, amount)"
                        + " SELECT tenant_id, id, 99, 'FEE', 'Extra', 10 FROM invoice WHERE id = ?");
        for (String statement : statements) {
            Throwable refusal = catchRefusal(() -> TenantScope.runAs(
                    tenant(),
                    () -> transactions.executeWithoutResult(
                            status -> jdbc.sql(statement).param(invoice).update())));
            assertThat(refusal).as(statement).isNotNull();
            assertThat(refusal)
                    .as(statement)
                    .rootCause()
                    .hasMessageMatching("(?s).*(is posted|permission denied for table invoice_line).*");
        }
        JsonNode after = shop.advisor().get("/api/v1/invoices/" + invoice).json();
        assertThat(after.get("amounts")).isEqualTo(posted.get("amounts"));
        assertThat(after.get("lines")).isEqualTo(posted.get("lines"));
    }

    @Test
    void badSplitsAreClearProblemsAndDraftNothing() {
        JsonNode order = billing.readyOrder(true);
        String insurer = billing.payer("INSURANCE", "Gulf Coast Casualty");
        String foreignPayer = new BillingFixture(other).payer("FLEET", "Someone else's fleet");
        String orderPath = "/api/v1/repair-orders/" + id(order) + "/invoices";

        ApiClient.Response negative = shop.advisor()
                .post(orderPath, Map.of("shares", List.of(Map.of("payerId", insurer, "deductible", "-5.00"))));
        ApiClient.Response over = shop.advisor()
                .post(orderPath, Map.of(
                        "split", "PERCENT",
                        "shares", List.of(
                                Map.of("party", "CUSTOMER", "percent", "70"),
                                Map.of("payerId", insurer, "percent", "40"))));
        ApiClient.Response foreign = shop.advisor()
                .post(orderPath, Map.of("shares", List.of(Map.of("payerId", foreignPayer))));

        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.json().get("fields").has("shares[0].deductible")).isTrue();
        assertThat(over.status()).isEqualTo(422);
        assertThat(over.json().get("type").asString()).endsWith("/split-invalid");
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(invoicesOf(id(order))).isZero();
    }

    @Test
    void anOrderNotReadyCannotBeInvoicedAndAnotherTenantsInvoiceIsNotFound() {
        JsonNode estimate = shop.orderIn(app.pitwall.repairorders.RepairOrder.Status.ESTIMATE);
        ApiClient.Response early =
                shop.advisor().post("/api/v1/repair-orders/" + id(estimate) + "/invoices", Map.of());
        JsonNode invoice = billing.draft(billing.readyOrder(true), Map.of()).get("invoices").get(0);

        assertThat(early.status()).isEqualTo(422);
        assertThat(early.json().get("type").asString()).endsWith("/not-invoiceable");
        assertThat(other.advisor().get("/api/v1/invoices/" + id(invoice)).status()).isEqualTo(404);
        assertThat(other.advisor().post("/api/v1/invoices/" + id(invoice) + "/posting", Map.of("version", 0))
                        .status())
                .isEqualTo(404);
        assertThat(shop.as(Role.TECHNICIAN).get("/api/v1/invoices/" + id(invoice)).status()).isEqualTo(403);
    }

    @Test
    void invoicesAreListedAPageAtATimeByStatusAndPayer() {
        JsonNode order = billing.readyOrder(true);
        billing.post(billing.draft(order, Map.of()).get("invoices").get(0));

        JsonNode posted = shop.as(Role.BOOKKEEPER)
                .get("/api/v1/invoices?status=POSTED&payer=CUSTOMER&limit=1")
                .json();

        assertThat(posted.get("items")).hasSize(1);
        assertThat(posted.get("items").get(0).get("status").asString()).isEqualTo("POSTED");
        assertThat(posted.get("nextCursor").isNull()).isFalse();
    }

    private static BigDecimal amount(JsonNode invoice, String field) {
        return new BigDecimal(invoice.get("amounts").get(field).asString());
    }

    private static long sequence(JsonNode invoice) {
        String number = invoice.get("number").asString();
        return Long.parseLong(number.substring(number.lastIndexOf('-') + 1));
    }

    private TenantId tenant() {
        return shop.shop.tenant();
    }

    private long invoicesOf(String order) {
        return TenantScope.callAs(
                tenant(),
                () -> transactions.execute(status -> jdbc.sql("SELECT count(*) FROM invoice WHERE repair_order_id = ?")
                        .param(java.util.UUID.fromString(order))
                        .query(Long.class)
                        .single()));
    }

    private static Throwable catchRefusal(Runnable call) {
        try {
            call.run();
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }
}
