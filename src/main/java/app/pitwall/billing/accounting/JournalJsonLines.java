package app.pitwall.billing.accounting;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * The journal as JSON Lines: one object per document (its number, dates, parties, currency and the debit and credit
 * of each line, amounts as decimal strings), each on a line of its own, so a reader can stream it as it is written.
 */
final class JournalJsonLines implements AccountingFile {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Writer out;

    JournalJsonLines(Writer out) {
        this.out = out;
    }

    @Override
    public void write(JournalEntry entry) throws IOException {
        out.write(JSON.writeValueAsString(EntryLine.of(entry)));
        out.write('\n');
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }

    /** One line of the file. */
    record EntryLine(
            String kind,
            String number,
            String date,
            String dueDate,
            String customer,
            String payer,
            String corrects,
            String currency,
            String total,
            List<Posting> lines) {

        static EntryLine of(JournalEntry entry) {
            PostedDocument document = entry.document();
            return new EntryLine(
                    document.kind().code(),
                    document.number(),
                    document.date().toString(),
                    document.dueDate().toString(),
                    document.customer(),
                    document.payer(),
                    document.corrects(),
                    document.currency().getCurrencyCode(),
                    document.total().text(),
                    entry.lines().stream().map(Posting::of).toList());
        }
    }

    /** A debit or credit of the entry. */
    record Posting(String account, String accountName, String detail, String debit, String credit) {

        static Posting of(JournalLine line) {
            return new Posting(
                    line.account().code(),
                    line.account().title(),
                    line.detail(),
                    line.debit().text(),
                    line.credit().text());
        }
    }
}
