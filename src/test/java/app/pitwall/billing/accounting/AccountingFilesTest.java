package app.pitwall.billing.accounting;

import static app.pitwall.billing.accounting.JournalEntryTest.invoice;
import static app.pitwall.billing.accounting.JournalEntryTest.usd;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The exact rows each format writes for one invoice, and the names each format must not let through raw. */
class AccountingFilesTest {

    @Test
    void quickBooksOnlineGetsARowPerKindOfSaleWithItsTaxAndADiscountRow() throws IOException {
        assertThat(export(AccountingFormat.QBO_CSV, invoice("INV-2026-7", "150.00")))
                .isEqualTo(String.join(
                        "\r\n",
                        "InvoiceNo,Customer,InvoiceDate,DueDate,Memo,Item(Product/Service),ItemDescription,"
                                + "ItemQuantity,ItemRate,ItemAmount,ItemTaxCode,ItemTaxAmount,Currency",
                        "INV-2026-7,Ana García,03/01/2026,03/31/2026,,Labor,Labor,1,100.00,100.00,TAX,6.00,USD",
                        "INV-2026-7,Ana García,03/01/2026,03/31/2026,,Parts,Parts,1,50.00,50.00,TAX,4.00,USD",
                        "INV-2026-7,Ana García,03/01/2026,03/31/2026,,Discount,Discount,1,-10.00,-10.00,NON,0.00,USD",
                        ""));
    }

    @Test
    void iifHasATransactionOnReceivablesWithASplitPerOtherAccount() throws IOException {
        assertThat(export(AccountingFormat.IIF, invoice("INV-2026-7", "150.00")))
                .isEqualTo(String.join(
                        "\r\n",
                        "!TRNS\tTRNSTYPE\tDATE\tACCNT\tNAME\tAMOUNT\tDOCNUM\tMEMO\tDUEDATE",
                        "!SPL\tTRNSTYPE\tDATE\tACCNT\tNAME\tAMOUNT\tDOCNUM\tMEMO",
                        "!ENDTRNS",
                        "TRNS\tINVOICE\t03/01/2026\tAccounts Receivable\tAna García\t150.00\tINV-2026-7\t\t03/31/2026",
                        "SPL\tINVOICE\t03/01/2026\tDiscounts Given\tAna García\t10.00\tINV-2026-7\t",
                        "SPL\tINVOICE\t03/01/2026\tLabor Sales\tAna García\t-100.00\tINV-2026-7\t",
                        "SPL\tINVOICE\t03/01/2026\tParts Sales\tAna García\t-50.00\tINV-2026-7\t",
                        "SPL\tINVOICE\t03/01/2026\tSales Tax Payable\tAna García\t-4.00\tINV-2026-7\tParts tax",
                        "SPL\tINVOICE\t03/01/2026\tSales Tax Payable\tAna García\t-6.00\tINV-2026-7\tLabor tax",
                        "ENDTRNS",
                        ""));
    }

    @Test
    void aCreditNoteIsACreditMemoBilledToThePayerAndNamesTheInvoice() throws IOException {
        PostedDocument credit = new PostedDocument(
                DocumentKind.CREDIT_NOTE,
                "CN-3",
                LocalDate.of(2026, 3, 5),
                null,
                "Ana García",
                "Acme Insurance",
                "INV-2026-7",
                usd("20.00"),
                usd("0.00"),
                usd("0.00"),
                usd("0.00"),
                usd("0.00"),
                List.of(),
                usd("20.00"));

        assertThat(export(AccountingFormat.IIF, credit))
                .contains("TRNS\tCREDIT MEMO\t03/05/2026\tAccounts Receivable\tAcme Insurance\t-20.00\tCN-3\t"
                        + "Credit note for INV-2026-7\t03/05/2026\r\n")
                .contains("SPL\tCREDIT MEMO\t03/05/2026\tLabor Sales\tAcme Insurance\t20.00\tCN-3\t\r\n");
        assertThat(export(AccountingFormat.QBO_CSV, credit))
                .contains("CN-3,Acme Insurance,03/05/2026,03/05/2026,Credit note for INV-2026-7; Customer Ana García,"
                        + "Labor,Labor,1,-20.00,-20.00,NON,0.00,USD");
    }

    @Test
    void namesThatWouldBeFormulasOrBreakRowsAreWrittenInert() throws IOException {
        PostedDocument document = new PostedDocument(
                DocumentKind.INVOICE,
                "INV-9",
                LocalDate.of(2026, 3, 1),
                null,
                "=HYPERLINK(\"x\")",
                "Tab\tand\nline",
                null,
                usd("1.00"),
                usd("0.00"),
                usd("0.00"),
                usd("0.00"),
                usd("0.00"),
                List.of(),
                usd("1.00"));

        assertThat(export(AccountingFormat.JOURNAL_CSV, document)).contains("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(export(AccountingFormat.QBO_CSV, document)).contains("\"Tab\tand\nline\"");
        assertThat(export(AccountingFormat.IIF, document))
                .contains("\tTab and line\t")
                .doesNotContain("Tab\tand");
    }

    @Test
    void theJsonJournalWritesAnEntryAsOneLine() throws IOException {
        assertThat(export(AccountingFormat.JOURNAL_JSON, invoice("INV-2026-7", "150.00")))
                .startsWith(
                        "{\"kind\":\"invoice\",\"number\":\"INV-2026-7\",\"date\":\"2026-03-01\","
                                + "\"dueDate\":\"2026-03-31\",\"customer\":\"Ana García\",\"payer\":null,\"corrects\":null,"
                                + "\"currency\":\"USD\",\"total\":\"150.00\",\"lines\":[{\"account\":\"accounts-receivable\","
                                + "\"accountName\":\"Accounts Receivable\",\"detail\":null,\"debit\":\"150.00\",\"credit\":\"0.00\"}")
                .endsWith("}]}\n")
                .containsOnlyOnce("\n");
    }

    @Test
    void anEmptyPeriodIsAFileWithItsHeaderOnly() throws IOException {
        StringWriter out = new StringWriter();
        assertThat(AccountingExport.write(AccountingFormat.IIF, Stream.empty(), out)
                        .documents())
                .isZero();
        assertThat(out.toString()).startsWith("!TRNS").endsWith("!ENDTRNS\r\n");
        StringWriter csv = new StringWriter();
        AccountingExport.write(AccountingFormat.QBO_CSV, Stream.empty(), csv);
        assertThat(csv.toString()).startsWith("InvoiceNo,Customer");
    }

    private static String export(AccountingFormat format, PostedDocument document) throws IOException {
        StringWriter out = new StringWriter();
        AccountingExport.write(format, Stream.of(document), out);
        return out.toString();
    }
}
