package app.pitwall.billing.accounting;

import java.io.IOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;

/**
 * QuickBooks Desktop's Intuit Interchange Format: tab-separated, a header naming the columns of TRNS and SPL rows, then
 * per document a TRNS row on Accounts Receivable (positive for an invoice, negative for a credit memo), an SPL row for
 * every other line of its journal entry (debits positive, credits negative, as IIF signs them) and ENDTRNS. The TRNS
 * and its SPLs sum to zero because the entry does. Tabs and line breaks inside a name become spaces: they would end
 * the field or the row.
 */
final class QuickBooksDesktopIif implements AccountingFile {

    static final DateTimeFormatter DATES = DateTimeFormatter.ofPattern("MM/dd/yyyy");
    private static final String HEADER = String.join(
            "\r\n",
            "!TRNS\tTRNSTYPE\tDATE\tACCNT\tNAME\tAMOUNT\tDOCNUM\tMEMO\tDUEDATE",
            "!SPL\tTRNSTYPE\tDATE\tACCNT\tNAME\tAMOUNT\tDOCNUM\tMEMO",
            "!ENDTRNS",
            "");

    private final Writer out;
    private boolean started;

    QuickBooksDesktopIif(Writer out) {
        this.out = out;
    }

    @Override
    public void write(JournalEntry entry) throws IOException {
        if (!started) {
            out.write(HEADER);
            started = true;
        }
        PostedDocument document = entry.document();
        String type = document.kind().iifType();
        String date = DATES.format(document.date());
        String name = field(document.billedTo());
        String number = field(document.number());
        row(
                "TRNS",
                type,
                date,
                Account.ACCOUNTS_RECEIVABLE.title(),
                name,
                entry.receivable().text(),
                number,
                field(memo(document)),
                DATES.format(document.dueDate()));
        for (JournalLine line : entry.lines()) {
            if (line.account() != Account.ACCOUNTS_RECEIVABLE) {
                row(
                        "SPL",
                        type,
                        date,
                        line.account().title(),
                        name,
                        line.amount().text(),
                        number,
                        field(line.detail()));
            }
        }
        out.write("ENDTRNS\r\n");
    }

    private void row(String... fields) throws IOException {
        out.write(String.join("\t", fields));
        out.write("\r\n");
    }

    private static String memo(PostedDocument document) {
        return document.corrects() != null ? "Credit note for " + document.corrects() : "";
    }

    private static String field(String text) {
        return text == null ? "" : text.replaceAll("[\\t\\r\\n]", " ");
    }

    @Override
    public void finish() throws IOException {
        if (!started) {
            out.write(HEADER);
        }
        out.flush();
    }
}
