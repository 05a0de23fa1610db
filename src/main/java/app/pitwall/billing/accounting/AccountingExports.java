package app.pitwall.billing.accounting;

import app.pitwall.access.Actor;
import app.pitwall.billing.AccountingExported;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Exports a period's posted documents in one repeatable-read transaction, so the count the audit trail records and
 * the documents the file holds are the same snapshot. The export is audited before the first byte is written, and the
 * audit entry is committed even when the download breaks off or a document does not balance (the failure is then
 * thrown after the commit): what left the building is always on record.
 */
@Service
public class AccountingExports {

    private static final int BUFFER = 64 * 1024;

    private final PostedDocuments documents;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate snapshot;

    AccountingExports(
            PostedDocuments documents, ApplicationEventPublisher events, PlatformTransactionManager transactions) {
        this.documents = documents;
        this.events = events;
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    /** A period of posting days, both ends included. */
    public record Period(LocalDate from, LocalDate to) {

        public Period {
            if (from.isAfter(to)) {
                throw new IllegalArgumentException("the period ends before it starts");
            }
        }
    }

    public AccountingExport.Written export(Actor actor, Period period, AccountingFormat format, OutputStream out)
            throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER);
        Outcome outcome = snapshot.execute(status -> {
            AccountingExport.Written counted = documents.count(actor, period.from(), period.to());
            events.publishEvent(new AccountingExported(
                    actor.tenantId(),
                    period.from(),
                    period.to(),
                    format.code(),
                    counted.invoices(),
                    counted.creditNotes()));
            try (Stream<PostedDocument> posted = documents.posted(actor, period.from(), period.to())) {
                return new Outcome(AccountingExport.write(format, posted, writer), null);
            } catch (IOException | RuntimeException failed) {
                return new Outcome(null, failed);
            }
        });
        if (outcome.failure() instanceof IOException broken) {
            throw broken;
        }
        if (outcome.failure() instanceof RuntimeException refused) {
            throw refused;
        }
        return outcome.written();
    }

    private record Outcome(AccountingExport.Written written, Exception failure) {}
}
