package app.pitwall.audit.internal;

import app.pitwall.access.Actor;
import app.pitwall.audit.AuditEvents;
import app.pitwall.platform.SpreadsheetCells;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams the filtered trail out, oldest first, so that an external tool can re-verify it: each
 * line carries the entry exactly as hashed, its hash and the hash before it, so
 * {@code hash = SHA-256(prevHash || UTF-8 bytes of event)} can be checked line by line and, for an
 * unfiltered export, link by link. The export is recorded in the trail before the first byte leaves.
 */
@Service
public class AuditExport {

    /** The export formats. */
    public enum Format {
        /** One JSON object per line: {@code {"event":…,"hash":…,"prevHash":…}}. */
        JSONL,
        /** A header row, the main fields as columns, then the event document, previous hash and hash. */
        CSV
    }

    private static final String[] CSV_HEADER = {
        "seq",
        "time",
        "action",
        "actor_kind",
        "actor_id",
        "actor_name",
        "actor_role",
        "subject_type",
        "subject_id",
        "location",
        "source_address",
        "user_agent",
        "request_id",
        "event",
        "prev_hash",
        "hash"
    };

    private final AuditRecords records;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate readOnly;
    private final JsonMapper json;

    AuditExport(
            AuditRecords records,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions,
            JsonMapper json) {
        this.records = records;
        this.events = events;
        this.json = json;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    public void export(Actor actor, AuditFilter filter, Format format, OutputStream out) throws IOException {
        events.publishEvent(
                new AuditEvents.TrailExported(actor.tenantId(), format.name().toLowerCase(), filter.given()));
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        boolean financialOnly = AuditTrail.financialOnly(actor);
        try {
            if (format == Format.JSONL) {
                readOnly.executeWithoutResult(status ->
                        records.oldestFirst(actor.tenantId(), filter, financialOnly, row -> jsonLine(writer, row)));
            } else {
                CSVPrinter csv = new CSVPrinter(
                        writer,
                        CSVFormat.RFC4180.builder().setHeader(CSV_HEADER).get());
                readOnly.executeWithoutResult(status ->
                        records.oldestFirst(actor.tenantId(), filter, financialOnly, row -> csvRow(csv, row)));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        writer.flush();
    }

    private static void jsonLine(Writer writer, AuditRecords.Stored row) {
        try {
            writer.write("{\"event\":");
            writer.write(row.entry());
            writer.write(",\"hash\":\"");
            writer.write(ChainHash.hex(row.hash()));
            writer.write("\",\"prevHash\":\"");
            writer.write(ChainHash.hex(previous(row)));
            writer.write("\"}\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void csvRow(CSVPrinter csv, AuditRecords.Stored row) {
        JsonNode event = json.readTree(row.entry());
        JsonNode actor = event.path("actor");
        JsonNode subject = event.path("subject");
        JsonNode request = event.path("request");
        try {
            csv.printRecord(
                    row.seq(),
                    cell(event.path("time")),
                    cell(event.path("action")),
                    cell(actor.path("kind")),
                    cell(actor.path("id")),
                    cell(actor.path("name")),
                    cell(actor.path("role")),
                    cell(subject.path("type")),
                    cell(subject.path("id")),
                    cell(event.path("location")),
                    cell(request.path("source")),
                    cell(request.path("userAgent")),
                    cell(request.path("id")),
                    row.entry(),
                    ChainHash.hex(previous(row)),
                    ChainHash.hex(row.hash()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A text cell a spreadsheet will not run as a formula; the {@code event} column is always left exact. */
    private static String cell(JsonNode value) {
        if (value.isMissingNode() || value.isNull()) {
            return "";
        }
        return SpreadsheetCells.text(value.asString());
    }

    private static byte[] previous(AuditRecords.Stored row) {
        return row.previousHash() != null ? row.previousHash() : ChainHash.genesis();
    }
}
