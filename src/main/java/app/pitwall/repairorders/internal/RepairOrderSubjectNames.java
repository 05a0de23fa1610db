package app.pitwall.repairorders.internal;

import app.pitwall.platform.Auditable;
import app.pitwall.platform.SubjectNames;
import app.pitwall.platform.TableSubjectNames;
import app.pitwall.platform.TenantId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Names repair orders for the audit trail ("Repair order #1234 · Quill, Nora"), finds one by its number, and answers a
 * customer's orders as belonging to them.
 */
@Component
class RepairOrderSubjectNames extends TableSubjectNames {

    private static final Pattern ORDER_NUMBER = Pattern.compile("#?\\s*(\\d{1,18})");

    RepairOrderSubjectNames(JdbcClient jdbc) {
        super(jdbc, Map.of("repair-order", """
                        SELECT id, 'Repair order #' || number || ' · ' || customer_name AS name
                        FROM repair_order WHERE tenant_id = ? AND id = ANY (?)"""));
    }

    /** The repair order with the typed number ({@code 1234} or {@code #1234}). */
    @Override
    public List<Named> choices(TenantId tenant, String type, String text, int limit) {
        Matcher number = ORDER_NUMBER.matcher(text == null ? "" : text.strip());
        if (!type.equals("repair-order") || !number.matches() || limit < 1) {
            return List.of();
        }
        return jdbc().sql("""
                        SELECT id, 'Repair order #' || number || ' · ' || customer_name AS name
                        FROM repair_order WHERE tenant_id = ? AND number = ?""")
                .params(tenant.value(), Long.parseLong(number.group(1)))
                .query((row, n) -> new Named(
                        Auditable.Subject.of("repair-order", row.getObject("id", UUID.class)), row.getString("name")))
                .list();
    }

    /** A customer's repair orders. */
    @Override
    public List<Auditable.Subject> belongingTo(TenantId tenant, Auditable.Subject owner) {
        UUID[] customer = SubjectNames.uuids(owner.id() == null ? List.of() : List.of(owner.id()));
        if (!owner.type().equals("customer") || customer.length == 0) {
            return List.of();
        }
        return jdbc().sql("SELECT id FROM repair_order WHERE tenant_id = ? AND customer_id = ?")
                .params(tenant.value(), customer[0])
                .query((row, n) -> Auditable.Subject.of("repair-order", row.getObject("id", UUID.class)))
                .list();
    }
}
