package app.pitwall.billing.accounting;

import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.platform.Money;
import app.pitwall.support.Seeds;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A property test over thousands of random posted invoices and credit notes (seeded: the seed is printed and
 * {@code -Dpitwall.seed=} replays it): every document's journal balances, and each exported file, read back as
 * QuickBooks would read it, says the same: the SPL rows of each IIF transaction cancel its TRNS, the QuickBooks Online
 * CSV's item and tax amounts add up to each document's total, and the journal files' debits equal their credits.
 */
class ExportsBalanceTest {

    private static final int DOCUMENTS = 4_000;

    private static Seeds.Seeded seeded;
    private static List<PostedDocument> documents;

    @BeforeAll
    static void drawDocuments() {
        seeded = Seeds.random("ExportsBalanceTest");
        RandomDocuments random = new RandomDocuments(seeded.random());
        documents = new ArrayList<>();
        for (int n = 0; n < DOCUMENTS; n++) {
            documents.add(random.next(n));
        }
    }

    @Test
    void everyDocumentsJournalBalancesAndMovesReceivablesByItsTotal() {
        for (PostedDocument document : documents) {
            JournalEntry entry = JournalEntry.of(document);
            BigDecimal debits = BigDecimal.ZERO;
            BigDecimal credits = BigDecimal.ZERO;
            for (JournalLine line : entry.lines()) {
                debits = debits.add(line.debit().amount());
                credits = credits.add(line.credit().amount());
                assertThat(line.debit().isZero() || line.credit().isZero()).isTrue();
            }
            String context = seeded.describe(document.number());
            assertThat(debits).as(context).isEqualByComparingTo(credits);
            assertThat(entry.receivable()).as(context).isEqualTo(document.signedTotal());
            BigDecimal grossSales = document.labor()
                    .plus(document.parts())
                    .plus(document.fees())
                    .amount();
            BigDecimal expectedDebits = document.kind() == DocumentKind.INVOICE
                    ? document.total()
                            .plus(document.discounts())
                            .amount()
                            .subtract(document.adjustments().min(zero(document)).amount())
                    : grossSales
                            .add(taxes(document))
                            .add(document.adjustments().max(zero(document)).amount());
            assertThat(debits).as(context).isEqualByComparingTo(expectedDebits);
        }
    }

    @Test
    void theSplitsOfEachIifTransactionCancelItAndItsTrnsIsTheDocumentsTotal() throws IOException {
        String iif = export(AccountingFormat.IIF);
        assertThat(iif).startsWith("!TRNS\t");
        Map<String, BigDecimal> totals = totals();
        BigDecimal open = null;
        String number = null;
        int transactions = 0;
        for (String row : iif.split("\r\n")) {
            String[] fields = row.split("\t", -1);
            switch (fields[0]) {
                case "TRNS" -> {
                    assertThat(open)
                            .as(seeded.describe("TRNS inside a transaction"))
                            .isNull();
                    assertThat(fields).as(seeded.describe(row)).hasSize(9);
                    number = fields[6];
                    open = new BigDecimal(fields[5]);
                    assertThat(open).as(seeded.describe(number)).isEqualByComparingTo(totals.get(number));
                    transactions++;
                }
                case "SPL" -> {
                    assertThat(fields).as(seeded.describe(row)).hasSize(8);
                    assertThat(fields[6]).isEqualTo(number);
                    open = open.add(new BigDecimal(fields[5]));
                }
                case "ENDTRNS" -> {
                    assertThat(open).as(seeded.describe(number)).isEqualByComparingTo(BigDecimal.ZERO);
                    open = null;
                }
                default -> assertThat(fields[0]).as(seeded.describe(row)).startsWith("!");
            }
        }
        assertThat(transactions).isEqualTo(DOCUMENTS);
    }

    @Test
    void theQuickBooksOnlineRowsOfEachDocumentAddUpToItsTotal() throws IOException {
        Map<String, BigDecimal> sums = new HashMap<>();
        for (CSVRecord row : csv(export(AccountingFormat.QBO_CSV))) {
            BigDecimal amount = new BigDecimal(row.get("ItemAmount")).add(new BigDecimal(row.get("ItemTaxAmount")));
            assertThat(new BigDecimal(row.get("ItemRate"))).isEqualByComparingTo(row.get("ItemAmount"));
            sums.merge(row.get("InvoiceNo"), amount, BigDecimal::add);
        }
        assertThat(sums).as(seeded.describe("documents in the file")).hasSize(DOCUMENTS);
        totals().forEach((number, total) ->
                assertThat(sums.get(number)).as(seeded.describe(number)).isEqualByComparingTo(total));
    }

    @Test
    void theJournalCsvDebitsEqualItsCreditsForEveryDocument() throws IOException {
        Map<String, BigDecimal> net = new HashMap<>();
        for (CSVRecord row : csv(export(AccountingFormat.JOURNAL_CSV))) {
            BigDecimal amount = new BigDecimal(row.get("debit")).subtract(new BigDecimal(row.get("credit")));
            net.merge(row.get("document_number"), amount, BigDecimal::add);
        }
        assertThat(net).as(seeded.describe("documents with lines")).hasSizeLessThanOrEqualTo(DOCUMENTS);
        net.forEach((number, sum) -> assertThat(sum).as(seeded.describe(number)).isEqualByComparingTo(BigDecimal.ZERO));
    }

    @Test
    void theJsonJournalHasOneBalancedEntryPerLine() throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        String[] lines = export(AccountingFormat.JOURNAL_JSON).split("\n");
        assertThat(lines).hasSize(DOCUMENTS);
        Map<String, BigDecimal> totals = totals();
        for (String line : lines) {
            JsonNode entry = json.readTree(line);
            BigDecimal net = BigDecimal.ZERO;
            BigDecimal receivable = BigDecimal.ZERO;
            for (JsonNode posting : entry.path("lines")) {
                BigDecimal amount = new BigDecimal(posting.path("debit").asString())
                        .subtract(new BigDecimal(posting.path("credit").asString()));
                net = net.add(amount);
                if (posting.path("account").asString().equals("accounts-receivable")) {
                    receivable = receivable.add(amount);
                }
            }
            String number = entry.path("number").asString();
            assertThat(net).as(seeded.describe(number)).isEqualByComparingTo(BigDecimal.ZERO);
            assertThat(receivable).as(seeded.describe(number)).isEqualByComparingTo(totals.get(number));
        }
    }

    private static String export(AccountingFormat format) throws IOException {
        StringWriter out = new StringWriter();
        AccountingExport.Written written = AccountingExport.write(format, documents.stream(), out);
        assertThat(written.documents()).isEqualTo(DOCUMENTS);
        return out.toString();
    }

    private static List<CSVRecord> csv(String text) throws IOException {
        return CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(text))
                .getRecords();
    }

    /** Each document's total as it moves receivables: negative for a credit note, by number. */
    private static Map<String, BigDecimal> totals() {
        Map<String, BigDecimal> totals = new HashMap<>();
        for (PostedDocument document : documents) {
            totals.put(document.number(), document.signedTotal().amount());
        }
        return totals;
    }

    private static Money zero(PostedDocument document) {
        return Money.zero(document.currency());
    }

    private static BigDecimal taxes(PostedDocument document) {
        return document.taxes().stream().map(tax -> tax.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
