package app.pitwall.billing;

import app.pitwall.platform.Auditable;
import app.pitwall.platform.TenantId;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Someone exported a period's posted invoices and credit notes for accounting: the period, the file format and how
 * many documents of each kind the file holds. Recorded before the first byte leaves, and kept even when the download
 * breaks off.
 */
public record AccountingExported(
        TenantId tenantId, LocalDate from, LocalDate to, String format, int invoices, int creditNotes)
        implements Auditable {

    @Override
    public String action() {
        return "invoice.exported";
    }

    @Override
    public Subject subject() {
        return Subject.of("accounting-export", tenantId.value());
    }

    @Override
    public Map<String, ?> after() {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("from", from.toString());
        after.put("to", to.toString());
        after.put("format", format);
        after.put("invoices", invoices);
        after.put("creditNotes", creditNotes);
        return after;
    }
}
