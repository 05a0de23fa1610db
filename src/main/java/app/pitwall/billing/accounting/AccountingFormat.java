package app.pitwall.billing.accounting;

import java.io.Writer;
import java.util.Optional;
import java.util.function.Function;

/** The files the accounting export writes, by the name {@code ?format=} gives them. */
public enum AccountingFormat {
    /** QuickBooks Online's invoice import: one row per line kind of each document. */
    QBO_CSV("qbo-csv", "text/csv", "csv", QuickBooksOnlineCsv::new),
    /** QuickBooks Desktop's Intuit Interchange Format: a TRNS on receivables, an SPL per other account, ENDTRNS. */
    IIF("iif", "text/plain", "iif", QuickBooksDesktopIif::new),
    /** The journal as CSV: one row per debit or credit. */
    JOURNAL_CSV("journal-csv", "text/csv", "csv", JournalCsv::new),
    /** The journal as JSON Lines: one document's entry per line. */
    JOURNAL_JSON("journal-json", "application/x-ndjson", "jsonl", JournalJsonLines::new);

    private final String code;
    private final String mediaType;
    private final String extension;
    private final Function<Writer, AccountingFile> opening;

    AccountingFormat(String code, String mediaType, String extension, Function<Writer, AccountingFile> opening) {
        this.code = code;
        this.mediaType = mediaType;
        this.extension = extension;
        this.opening = opening;
    }

    public String code() {
        return code;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    AccountingFile open(Writer out) {
        return opening.apply(out);
    }

    public static Optional<AccountingFormat> ofCode(String code) {
        for (AccountingFormat format : values()) {
            if (format.code.equals(code)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
