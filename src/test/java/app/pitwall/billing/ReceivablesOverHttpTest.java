package app.pitwall.billing;

import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.access.Role;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.TestShops;
import app.pitwall.support.Workshop;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/v1/receivables} against billing's posted documents: what a customer owes is the invoice less its
 * credit note, in the bucket its due date puts it as of the day asked; technicians see none of it.
 */
@PitwallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReceivablesOverHttpTest {

    @Autowired
    TestShops shops;

    @LocalServerPort
    int port;

    Workshop shop;
    JsonNode invoice;

    @BeforeAll
    void postAnInvoiceAndACreditNote() {
        shop = Workshop.open(shops, "http://localhost:" + port, "Receivables Garage");
        Billed billed = new Billed(shop);
        invoice = billed.postedInvoice();
        billed.creditNote(invoice, "10.00");
    }

    @Test
    void theCustomerOwesTheInvoiceLessItsCreditNoteInTheBucketOfItsDueDate() {
        LocalDate due = LocalDate.parse(invoice.get("dueOn").asString());
        BigDecimal owed = new BigDecimal(invoice.get("amounts").get("total").asString()).subtract(new BigDecimal("10"));

        JsonNode now =
                shop.as(Role.BOOKKEEPER).get("/api/v1/receivables?asOf=" + due).json();
        JsonNode later = shop.as(Role.BOOKKEEPER)
                .get("/api/v1/receivables?owedBy=customer&asOf=" + due.plusDays(45))
                .json();

        assertThat(now.get("items")).hasSize(1);
        JsonNode customer = now.get("items").get(0);
        assertThat(customer.get("owedBy").asString()).isEqualTo("customer");
        assertThat(customer.get("id").asString()).isEqualTo(shop.customer);
        assertThat(new BigDecimal(customer.get("current").asString())).isEqualByComparingTo(owed);
        assertThat(new BigDecimal(customer.get("total").asString())).isEqualByComparingTo(owed);
        assertThat(customer.get("invoices").asInt()).isEqualTo(1);
        assertThat(new BigDecimal(later.get("items").get(0).get("days31To60").asString()))
                .isEqualByComparingTo(owed);
        assertThat(now.get("nextCursor").isNull()).isTrue();
    }

    @Test
    void payersOnlyListsNoneWhenEveryInvoiceBillsTheCustomer() {
        assertThat(shop.as(Role.BOOKKEEPER)
                        .get("/api/v1/receivables?owedBy=payer")
                        .json()
                        .get("items"))
                .isEmpty();
        assertThat(shop.as(Role.BOOKKEEPER)
                        .get("/api/v1/receivables?owedBy=someone")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void anotherTenantSeesNothingOwedAndATechnicianIsRefused() {
        Workshop foreign = Workshop.open(shops, "http://localhost:" + port, "Foreign Receivables Garage");

        assertThat(foreign.as(Role.OWNER).get("/api/v1/receivables").json().get("items"))
                .isEmpty();
        assertThat(shop.as(Role.TECHNICIAN).get("/api/v1/receivables").status()).isEqualTo(403);
    }
}
