package app.pitwall.billing.accounting;

import app.pitwall.access.Actor;
import app.pitwall.access.Scope;
import app.pitwall.billing.internal.CustomerNames;
import app.pitwall.platform.Money;
import app.pitwall.tenancy.LocationZones;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads posted invoices and credit notes from billing's {@code invoice} table for the export: a document belongs to
 * the period when it was posted on one of its days on its location's clock. Rows come from a cursor (fetch size),
 * customers' names a chunk at a time; credit notes, which billing stores with negative amounts, are handed on with
 * their own positive amounts (the journal reverses them).
 */
@Repository
class PostedDocumentRows implements PostedDocuments {

    private static final int FETCH = 1_000;
    private static final String FROM = """
            FROM invoice i
            JOIN unnest(CAST(? AS uuid[]), CAST(CAST(? AS text[]) AS timestamptz[]), CAST(CAST(? AS text[]) AS timestamptz[]))
                AS z(location_id, starts, ends) ON z.location_id = i.location_id
            WHERE i.tenant_id = ? AND i.status = 'POSTED' AND i.posted_at >= z.starts AND i.posted_at < z.ends
              AND (CAST(? AS uuid[]) IS NULL OR i.location_id = ANY (CAST(? AS uuid[])))
            """;

    private final JdbcTemplate streaming;
    private final LocationZones zones;
    private final CustomerNames names;

    PostedDocumentRows(DataSource dataSource, LocationZones zones, CustomerNames names) {
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(FETCH);
        this.zones = zones;
        this.names = names;
    }

    @Override
    public AccountingExport.Written count(Actor actor, LocalDate from, LocalDate to) {
        Days days = days(actor, from, to);
        return streaming.queryForObject(
                "SELECT count(*) FILTER (WHERE i.document = 'INVOICE') AS invoices,"
                        + " count(*) FILTER (WHERE i.document = 'CREDIT_NOTE') AS credit_notes " + FROM,
                (row, n) -> new AccountingExport.Written(row.getInt("invoices"), row.getInt("credit_notes")),
                days.parameters(Scope.of(actor)));
    }

    @Override
    public Stream<PostedDocument> posted(Actor actor, LocalDate from, LocalDate to) {
        Days days = days(actor, from, to);
        Stream<Row> rows = streaming.queryForStream(
                """
                SELECT i.document, i.number, i.posted_at, i.location_id, i.due_on, i.customer_id, i.payer_party,
                       i.payer_name, c.number AS corrects, i.currency, i.labor, i.parts, i.fees, i.discounts,
                       i.adjustments, i.labor_tax, i.parts_tax, i.fees_tax, i.total
                """
                        + FROM.replace(
                                "WHERE",
                                "LEFT JOIN invoice c ON c.tenant_id = i.tenant_id AND c.id = i.credits_invoice\nWHERE")
                        + " ORDER BY i.posted_at, i.document, i.sequence",
                (row, n) -> row(row, days.zones()),
                days.parameters(Scope.of(actor)));
        return names.named(actor.tenantId(), rows, Row::customer, Row::named);
    }

    /** A period as each location's clock has it. */
    private record Days(Map<UUID, ZoneId> zones, UUID[] locations, String[] starts, String[] ends) {

        Object[] parameters(Scope scope) {
            return new Object[] {locations, starts, ends, scope.tenant().value(), scope.locations(), scope.locations()};
        }
    }

    private Days days(Actor actor, LocalDate from, LocalDate to) {
        Map<UUID, ZoneId> all = zones.all(actor);
        List<UUID> locations = new ArrayList<>(all.keySet());
        String[] starts = new String[locations.size()];
        String[] ends = new String[locations.size()];
        for (int n = 0; n < locations.size(); n++) {
            ZoneId zone = all.get(locations.get(n));
            starts[n] = from.atStartOfDay(zone).toOffsetDateTime().toString();
            ends[n] = to.plusDays(1).atStartOfDay(zone).toOffsetDateTime().toString();
        }
        return new Days(all, locations.toArray(UUID[]::new), starts, ends);
    }

    /** A document as read, named for whom it bills until its customer's name is known. */
    private record Row(UUID customer, PostedDocument document) {

        PostedDocument named(String name) {
            return name == null ? document : document.withCustomer(name);
        }
    }

    private static final String[] AMOUNTS = {
        "labor", "parts", "fees", "discounts", "adjustments", "labor_tax", "parts_tax", "fees_tax", "total"
    };

    private static Row row(ResultSet row, Map<UUID, ZoneId> zones) throws SQLException {
        DocumentKind kind =
                row.getString("document").equals("CREDIT_NOTE") ? DocumentKind.CREDIT_NOTE : DocumentKind.INVOICE;
        Currency currency = Currency.getInstance(row.getString("currency").trim());
        Money[] amounts = new Money[AMOUNTS.length];
        for (int n = 0; n < AMOUNTS.length; n++) {
            BigDecimal stored = row.getBigDecimal(AMOUNTS[n]);
            amounts[n] = new Money(kind == DocumentKind.CREDIT_NOTE ? stored.negate() : stored, currency);
        }
        ZoneId zone = zones.getOrDefault(row.getObject("location_id", UUID.class), ZoneOffset.UTC);
        LocalDate posted = row.getObject("posted_at", OffsetDateTime.class)
                .atZoneSameInstant(zone)
                .toLocalDate();
        String billed = row.getString("payer_name");
        boolean customerBilled = row.getString("payer_party").equals("CUSTOMER");
        List<Tax> taxes = new ArrayList<>();
        for (SalesKind on : SalesKind.values()) {
            Money tax = amounts[5 + on.ordinal()];
            if (!tax.isZero()) {
                taxes.add(new Tax(on.item() + " tax", on, tax));
            }
        }
        PostedDocument document = new PostedDocument(
                kind,
                row.getString("number"),
                posted,
                row.getObject("due_on", LocalDate.class),
                billed,
                customerBilled ? null : billed,
                row.getString("corrects"),
                amounts[0],
                amounts[1],
                amounts[2],
                amounts[3],
                amounts[4],
                taxes,
                amounts[8]);
        return new Row(row.getObject("customer_id", UUID.class), document);
    }
}
