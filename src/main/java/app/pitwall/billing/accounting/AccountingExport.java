package app.pitwall.billing.accounting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.stream.Stream;

/**
 * Writes posted documents to an accounting file as they come (from a database cursor), one at a time: each
 * document's journal entry is made and checked to balance before any of its rows is written, so nothing of an
 * unbalanced document reaches the file, and the export stops there with {@link UnbalancedJournalException}.
 */
public final class AccountingExport {

    private AccountingExport() {}

    /** What an export wrote. */
    public record Written(int invoices, int creditNotes) {

        public int documents() {
            return invoices + creditNotes;
        }
    }

    public static Written write(AccountingFormat format, Stream<PostedDocument> documents, Writer out)
            throws IOException {
        AccountingFile file = format.open(out);
        int invoices = 0;
        int creditNotes = 0;
        try {
            Iterator<PostedDocument> each = documents.iterator();
            while (each.hasNext()) {
                PostedDocument document = each.next();
                file.write(JournalEntry.of(document));
                if (document.kind() == DocumentKind.INVOICE) {
                    invoices++;
                } else {
                    creditNotes++;
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        file.finish();
        return new Written(invoices, creditNotes);
    }
}
