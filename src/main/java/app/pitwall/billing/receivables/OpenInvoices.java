package app.pitwall.billing.receivables;

import app.pitwall.access.Actor;
import java.util.stream.Stream;

/** The posted invoices at the actor's locations that still have a balance, read from a database cursor as they are consumed. */
public interface OpenInvoices {

    /** The caller closes the stream, inside its transaction. */
    Stream<OpenInvoice> open(Actor actor);
}
