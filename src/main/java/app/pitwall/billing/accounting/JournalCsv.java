package app.pitwall.billing.accounting;

import app.pitwall.platform.SpreadsheetCells;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The journal as CSV: a row per debit or credit, dates as ISO-8601, amounts as decimal strings. */
final class JournalCsv implements AccountingFile {

    static final String[] HEADER = {
        "document_kind",
        "document_number",
        "date",
        "due_date",
        "customer",
        "payer",
        "corrects",
        "account",
        "account_name",
        "detail",
        "debit",
        "credit",
        "currency"
    };

    private final CSVPrinter csv;

    JournalCsv(Writer out) {
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
        for (JournalLine line : entry.lines()) {
            csv.printRecord(
                    document.kind().code(),
                    SpreadsheetCells.text(document.number()),
                    document.date(),
                    document.dueDate(),
                    SpreadsheetCells.text(document.customer()),
                    SpreadsheetCells.text(document.payer()),
                    SpreadsheetCells.text(document.corrects()),
                    line.account().code(),
                    line.account().title(),
                    SpreadsheetCells.text(line.detail()),
                    line.debit().text(),
                    line.credit().text(),
                    document.currency().getCurrencyCode());
        }
    }

    @Override
    public void finish() throws IOException {
        csv.flush();
    }
}
