package app.pitwall.billing.accounting;

import java.io.IOException;

/**
 * An accounting file being written, one journal entry at a time, so a period of any length goes out without being
 * held in memory. Only balanced entries reach it ({@link JournalEntry} refuses the others).
 */
sealed interface AccountingFile permits QuickBooksOnlineCsv, QuickBooksDesktopIif, JournalCsv, JournalJsonLines {

    void write(JournalEntry entry) throws IOException;

    /** Writes what is still buffered; the underlying writer stays open. */
    void finish() throws IOException;
}
