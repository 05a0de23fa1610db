package app.pitwall.billing.receivables;

import app.pitwall.access.Actor;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The aging of what the actor's locations are owed, as of a day, read in one pass over the open invoices. */
@Service
public class Receivables {

    private final OpenInvoices invoices;
    private final TransactionTemplate readOnly;

    Receivables(OpenInvoices invoices, PlatformTransactionManager transactions) {
        this.invoices = invoices;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    public AgingReport aging(Actor actor, LocalDate asOf) {
        return readOnly.execute(status -> {
            try (Stream<OpenInvoice> open = invoices.open(actor)) {
                return AgingReport.of(open, asOf);
            }
        });
    }
}
