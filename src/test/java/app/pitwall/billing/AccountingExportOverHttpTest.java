package app.pitwall.billing;

import static app.pitwall.support.Workshop.id;
import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.access.Role;
import app.pitwall.support.ApiClient;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.TestShops;
import app.pitwall.support.Workshop;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The accounting export over HTTP against billing's own posted documents: an invoice and a credit note on it are in
 * the period's files, balanced, with the totals billing posted; the export is in the audit trail with its count;
 * another tenant's export of the same days holds none of them; bad input is a problem naming the field.
 */
@PitwallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountingExportOverHttpTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    TestShops shops;

    @LocalServerPort
    int port;

    Workshop shop;
    JsonNode invoice;
    JsonNode credit;
    String period;

    @BeforeAll
    void postAnInvoiceAndACreditNote() {
        shop = Workshop.open(shops, "http://localhost:" + port, "Export Garage");
        Billed billed = new Billed(shop);
        invoice = billed.postedInvoice();
        credit = billed.creditNote(invoice, "10.00");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        period = "from=" + today.minusDays(1) + "&to=" + today.plusDays(1);
    }

    @Test
    void theJournalHoldsTheInvoiceAndItsCreditNoteEachBalanced() {
        ApiClient.Response answer =
                shop.as(Role.BOOKKEEPER).get("/api/v1/exports/accounting?" + period + "&format=journal-json");

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.header("Content-Type")).startsWith("application/x-ndjson");
        assertThat(answer.header("Content-Disposition")).contains("attachment").contains(".jsonl");
        List<JsonNode> entries =
                Arrays.stream(answer.body().split("\n")).map(JSON::readTree).toList();
        assertThat(entries)
                .extracting(entry -> entry.get("number").asString())
                .containsExactly(
                        invoice.get("number").asString(), credit.get("number").asString());
        for (JsonNode entry : entries) {
            BigDecimal net = BigDecimal.ZERO;
            for (JsonNode line : entry.get("lines")) {
                net = net.add(new BigDecimal(line.get("debit").asString()))
                        .subtract(new BigDecimal(line.get("credit").asString()));
            }
            assertThat(net).as(entry.toString()).isEqualByComparingTo(BigDecimal.ZERO);
        }
        assertThat(entries.get(0).get("total").asString())
                .isEqualTo(invoice.get("amounts").get("total").asString());
        assertThat(entries.get(1).get("kind").asString()).isEqualTo("credit-note");
        assertThat(entries.get(1).get("total").asString()).isEqualTo("10.00");
        assertThat(entries.get(1).get("corrects").asString())
                .isEqualTo(invoice.get("number").asString());
        assertThat(entries.get(0).get("customer").asString()).isNotBlank();
    }

    @Test
    void theIifFileHasATransactionPerDocumentWhoseSplitsCancelIt() {
        String iif = shop.as(Role.BOOKKEEPER)
                .get("/api/v1/exports/accounting?" + period + "&format=iif")
                .body();

        BigDecimal open = BigDecimal.ZERO;
        int transactions = 0;
        for (String row : iif.split("\r\n")) {
            String[] fields = row.split("\t", -1);
            if (fields[0].equals("TRNS") || fields[0].equals("SPL")) {
                open = open.add(new BigDecimal(fields[5]));
                transactions += fields[0].equals("TRNS") ? 1 : 0;
            } else if (fields[0].equals("ENDTRNS")) {
                assertThat(open).as(iif).isEqualByComparingTo(BigDecimal.ZERO);
            }
        }
        assertThat(transactions).isEqualTo(2);
        assertThat(iif)
                .contains("\tCREDIT MEMO\t")
                .contains("\t-10.00\t" + credit.get("number").asString());
    }

    @Test
    void theExportIsAuditedWithItsPeriodFormatAndCount() {
        shop.as(Role.BOOKKEEPER).get("/api/v1/exports/accounting?" + period + "&format=qbo-csv");

        JsonNode events = shop.as(Role.BOOKKEEPER)
                .get("/api/v1/audit/events?action=invoice.exported")
                .json()
                .get("items");
        assertThat(events).isNotEmpty();
        JsonNode latest = events.get(0);
        assertThat(latest.toString())
                .contains("qbo-csv")
                .contains("\"invoices\":1")
                .contains("\"creditNotes\":1");
    }

    @Test
    void anotherTenantsExportOfTheSameDaysHoldsNoneOfThem() {
        Workshop foreign = Workshop.open(shops, "http://localhost:" + port, "Foreign Export Garage");

        String csv = foreign.as(Role.OWNER)
                .get("/api/v1/exports/accounting?" + period + "&format=journal-csv")
                .body();

        assertThat(csv.lines()).hasSize(1).first().asString().startsWith("document_kind,");
    }

    @Test
    void anUnknownFormatOrAPeriodEndingBeforeItStartsIsRefusedNamingTheField() {
        ApiClient bookkeeper = shop.as(Role.BOOKKEEPER);

        ApiClient.Response format = bookkeeper.get("/api/v1/exports/accounting?" + period + "&format=xlsx");
        ApiClient.Response backwards =
                bookkeeper.get("/api/v1/exports/accounting?from=2026-03-02&to=2026-03-01&format=iif");
        ApiClient.Response missing = bookkeeper.get("/api/v1/exports/accounting?format=iif");

        assertThat(format.status()).isEqualTo(400);
        assertThat(format.json().get("fields").has("format")).as(format.body()).isTrue();
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.json().get("fields").has("to"))
                .as(backwards.body())
                .isTrue();
        assertThat(missing.status()).isEqualTo(400);
    }

    @Test
    void aServiceAdvisorMayNotExport() {
        assertThat(shop.advisor()
                        .get("/api/v1/exports/accounting?" + period + "&format=iif")
                        .status())
                .isEqualTo(403);
        assertThat(id(invoice)).isNotBlank();
    }
}
