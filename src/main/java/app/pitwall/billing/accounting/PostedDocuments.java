package app.pitwall.billing.accounting;

import app.pitwall.access.Actor;
import java.time.LocalDate;
import java.util.stream.Stream;

/** The posted invoices and credit notes of a period at the actor's locations, as the accounting export reads them. */
public interface PostedDocuments {

    /** How many invoices and credit notes were posted on the days {@code from} to {@code to}, both included. */
    AccountingExport.Written count(Actor actor, LocalDate from, LocalDate to);

    /**
     * The documents posted on the days {@code from} to {@code to}, both included, in the order they were posted, read
     * from a database cursor as the stream is consumed; the caller closes the stream, inside its transaction.
     */
    Stream<PostedDocument> posted(Actor actor, LocalDate from, LocalDate to);
}
