package app.pitwall.workorders.internal;

import app.pitwall.platform.Auditable;
import app.pitwall.platform.SubjectNames;
import app.pitwall.platform.TenantId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Names what the work-order module owns for the audit trail: repair orders ("Repair order #1234 ·
 * Quill, Nora"), appointments, canned jobs, bays, labor rates, and the customer acting through an
 * approval link; finds a repair order by its number; and answers a customer's repair orders and
 * appointments as belonging to them. Each name is one indexed query by tenant and ids over this
 * module's own tables.
 */
@Component
class WorkOrderSubjectNames implements SubjectNames {

    private static final Pattern ORDER_NUMBER = Pattern.compile("#?\\s*(\\d{1,18})");

    private static final Map<String, String> NAMES = Map.of(
            "repair-order", """
                    SELECT id, 'Repair order #' || number || ' · ' || customer_name AS name
                    FROM repair_order WHERE tenant_id = ? AND id = ANY (?)""",
            "appointment", """
                    SELECT id, 'Appointment · ' || customer_name AS name
                    FROM appointment WHERE tenant_id = ? AND id = ANY (?)""",
            "canned-job", "SELECT id, name FROM canned_job WHERE tenant_id = ? AND id = ANY (?)",
            "bay", "SELECT id, name FROM bay WHERE tenant_id = ? AND id = ANY (?)",
            "labor-rate", "SELECT id, name FROM labor_rate WHERE tenant_id = ? AND id = ANY (?)",
            "approval-link", """
                    SELECT a.id, o.customer_name || ' (approval link of repair order #' || o.number || ')' AS name
                    FROM approval_request a
                    JOIN repair_order o ON o.tenant_id = a.tenant_id AND o.id = a.repair_order_id
                    WHERE a.tenant_id = ? AND a.id = ANY (?)""");

    private final JdbcClient jdbc;

    WorkOrderSubjectNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> types() {
        return NAMES.keySet();
    }

    @Override
    public Map<String, String> names(TenantId tenant, String type, Collection<String> ids) {
        UUID[] wanted = SubjectNames.uuids(ids);
        Map<String, String> names = new LinkedHashMap<>();
        if (wanted.length == 0 || !NAMES.containsKey(type)) {
            return names;
        }
        jdbc.sql(NAMES.get(type)).params(tenant.value(), wanted).query(row -> {
            names.put(row.getObject("id", UUID.class).toString(), row.getString("name"));
        });
        return names;
    }

    /** The repair order with the typed number ({@code 1234} or {@code #1234}). */
    @Override
    public List<Named> choices(TenantId tenant, String type, String text, int limit) {
        Matcher number = ORDER_NUMBER.matcher(text == null ? "" : text.strip());
        if (!type.equals("repair-order") || !number.matches() || limit < 1) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT id, 'Repair order #' || number || ' · ' || customer_name AS name
                        FROM repair_order WHERE tenant_id = ? AND number = ?""")
                .params(tenant.value(), Long.parseLong(number.group(1)))
                .query((row, n) -> new Named(
                        Auditable.Subject.of("repair-order", row.getObject("id", UUID.class)), row.getString("name")))
                .list();
    }

    /** A customer's repair orders and appointments. */
    @Override
    public List<Auditable.Subject> belongingTo(TenantId tenant, Auditable.Subject owner) {
        UUID[] customer = SubjectNames.uuids(owner.id() == null ? List.of() : List.of(owner.id()));
        if (!owner.type().equals("customer") || customer.length == 0) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT 'repair-order' AS type, id FROM repair_order WHERE tenant_id = ? AND customer_id = ?
                        UNION ALL
                        SELECT 'appointment', id FROM appointment WHERE tenant_id = ? AND customer_id = ?""")
                .params(tenant.value(), customer[0], tenant.value(), customer[0])
                .query((row, n) -> Auditable.Subject.of(row.getString("type"), row.getObject("id", UUID.class)))
                .list();
    }
}
