package app.pitwall.billing.receivables;

import app.pitwall.access.Actor;
import app.pitwall.access.Scope;
import app.pitwall.billing.internal.CustomerNames;
import app.pitwall.platform.Money;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Currency;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads the posted invoices that still have a balance from billing's {@code invoice} table, with what posted credit
 * notes took back from each. Invoices the shop billed itself (internal, goodwill) are no receivable and are left out.
 * Nothing is paid yet: payments arrive with the next issue and will subtract here.
 */
@Repository
class OpenInvoiceRows implements OpenInvoices {

    private static final int FETCH = 1_000;

    private final JdbcTemplate streaming;
    private final CustomerNames names;

    OpenInvoiceRows(DataSource dataSource, CustomerNames names) {
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(FETCH);
        this.names = names;
    }

    @Override
    public Stream<OpenInvoice> open(Actor actor) {
        Scope scope = Scope.of(actor);
        Stream<OpenInvoice> rows = streaming.queryForStream(
                """
                SELECT i.id, i.number, i.customer_id, i.payer_party, i.payer_id, i.payer_name, i.due_on, i.currency,
                       i.total, c.credited
                FROM invoice i
                CROSS JOIN LATERAL (SELECT COALESCE(-sum(n.total), 0) AS credited FROM invoice n
                                    WHERE n.tenant_id = i.tenant_id AND n.credits_invoice = i.id
                                      AND n.status = 'POSTED') c
                WHERE i.tenant_id = ? AND i.document = 'INVOICE' AND i.status = 'POSTED' AND i.payer_party <> 'SHOP'
                  AND (CAST(? AS uuid[]) IS NULL OR i.location_id = ANY (CAST(? AS uuid[])))
                  AND i.total <> c.credited
                """, (row, n) -> row(row), scope.tenant().value(), scope.locations(), scope.locations());
        return names.named(
                actor.tenantId(),
                rows,
                invoice -> invoice.customer().id(),
                (invoice, name) -> name == null ? invoice : invoice.withCustomerName(name));
    }

    private static OpenInvoice row(ResultSet row) throws SQLException {
        Currency currency = Currency.getInstance(row.getString("currency").trim());
        String billed = row.getString("payer_name");
        boolean customerBilled = row.getString("payer_party").equals("CUSTOMER");
        UUID payerId = row.getObject("payer_id", UUID.class);
        Debtor payer = customerBilled
                ? null
                : Debtor.payer(
                        payerId != null ? payerId : UUID.nameUUIDFromBytes(billed.getBytes(StandardCharsets.UTF_8)),
                        billed);
        return new OpenInvoice(
                row.getObject("id", UUID.class),
                row.getString("number"),
                Debtor.customer(row.getObject("customer_id", UUID.class), customerBilled ? billed : ""),
                payer,
                row.getObject("due_on", LocalDate.class),
                new Money(row.getBigDecimal("total"), currency),
                new Money(row.getBigDecimal("credited"), currency),
                Money.zero(currency));
    }
}
