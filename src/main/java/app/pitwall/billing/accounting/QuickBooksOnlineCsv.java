package app.pitwall.billing.accounting;

import app.pitwall.platform.Money;
import app.pitwall.platform.SpreadsheetCells;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * QuickBooks Online's invoice import (Settings, Import data, Invoices), whose column names it maps without asking: a
 * row per kind of sale with its tax, an adjustment row (a deductible moved between payers, a credit by amount) and a
 * discount row, so each document's item amounts and tax amounts add up to
 * its total. QuickBooks Online imports no credit memos; a credit note is written as its invoice reversed (negative
 * amounts, memo naming the invoice it corrects), which the IIF and journal formats carry as credit memos proper.
 */
final class QuickBooksOnlineCsv implements AccountingFile {

    static final String[] HEADER = {
        "InvoiceNo",
        "Customer",
        "InvoiceDate",
        "DueDate",
        "Memo",
        "Item(Product/Service)",
        "ItemDescription",
        "ItemQuantity",
        "ItemRate",
        "ItemAmount",
        "ItemTaxCode",
        "ItemTaxAmount",
        "Currency"
    };
    static final DateTimeFormatter DATES = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    private final CSVPrinter csv;

    QuickBooksOnlineCsv(Writer out) {
        try {
            this.csv = new CSVPrinter(
                    out, CSVFormat.RFC4180.builder().setHeader(HEADER).get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void write(JournalEntry entry) throws IOException {
        PostedDocument document = entry.document();
        boolean any = false;
        for (SalesKind kind : SalesKind.values()) {
            Money sales = document.sales(kind);
            Money tax = document.taxOn(kind);
            if (!sales.isZero() || !tax.isZero()) {
                row(document, kind.item(), sales, tax);
                any = true;
            }
        }
        if (!document.adjustments().isZero()) {
            row(document, "Adjustment", document.adjustments(), null);
            any = true;
        }
        if (!document.discounts().isZero()) {
            row(document, "Discount", Money.zero(document.currency()).minus(document.discounts()), null);
        } else if (!any) {
            Money zero = Money.zero(document.currency());
            row(document, SalesKind.LABOR.item(), zero, zero);
        }
    }

    private void row(PostedDocument document, String item, Money amount, Money tax) throws IOException {
        Money signed = document.signed(amount);
        csv.printRecord(
                SpreadsheetCells.text(document.number()),
                SpreadsheetCells.text(document.billedTo()),
                DATES.format(document.date()),
                DATES.format(document.dueDate()),
                SpreadsheetCells.text(memo(document)),
                item,
                item,
                1,
                signed.text(),
                signed.text(),
                tax != null && !tax.isZero() ? "TAX" : "NON",
                tax != null
                        ? document.signed(tax).text()
                        : Money.zero(document.currency()).text(),
                document.currency().getCurrencyCode());
    }

    private static String memo(PostedDocument document) {
        String memo = document.payer() != null ? "Customer " + document.customer() : "";
        if (document.kind() == DocumentKind.CREDIT_NOTE) {
            String corrected = "Credit note" + (document.corrects() != null ? " for " + document.corrects() : "");
            memo = memo.isEmpty() ? corrected : corrected + "; " + memo;
        }
        return memo;
    }

    @Override
    public void finish() throws IOException {
        csv.flush();
    }
}
