package app.pitwall.billing.internal;

import app.pitwall.billing.BillingSettings;
import app.pitwall.billing.Invoice;
import app.pitwall.platform.TenantId;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gapless numbers per series. A series is a document kind (invoices, credit notes) in a scope: a location, or the
 * whole tenant, as the tenant's settings say. The next number is taken from the series' counter row, locked {@code
 * FOR UPDATE} in the posting transaction: concurrent postings in one series wait for each other, a posting that rolls
 * back gives its number back with the transaction, and drafts (which have none) never consume one.
 */
@Component
class NumberSeries {

    /** A number taken: its scope, its place, and the number as printed. */
    record Taken(UUID scope, long sequence, String number) {}

    private final JdbcClient jdbc;

    NumberSeries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Taken next(TenantId tenant, Invoice.Document document, UUID location, BillingSettings settings) {
        UUID scope = settings.numberingScope() == BillingSettings.Scope.TENANT ? tenant.value() : location;
        jdbc.sql("""
                        INSERT INTO invoice_number_series (tenant_id, document, scope, last_number) VALUES (?, ?, ?, 0)
                        ON CONFLICT (tenant_id, document, scope) DO NOTHING""")
                .params(tenant.value(), document.name(), scope)
                .update();
        long last = jdbc.sql("""
                        SELECT last_number FROM invoice_number_series
                        WHERE tenant_id = ? AND document = ? AND scope = ? FOR UPDATE""")
                .params(tenant.value(), document.name(), scope)
                .query(Long.class)
                .single();
        long next = last + 1;
        jdbc.sql("UPDATE invoice_number_series SET last_number = ? WHERE tenant_id = ? AND document = ? AND scope = ?")
                .params(next, tenant.value(), document.name(), scope)
                .update();
        String prefix =
                document == Invoice.Document.INVOICE ? settings.invoicePrefix() : settings.creditNotePrefix();
        return new Taken(scope, next, prefix + String.format(java.util.Locale.ROOT, "%05d", next));
    }
}
