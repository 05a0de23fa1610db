package app.pitwall.approvals.internal;

import app.pitwall.platform.SubjectNames;
import app.pitwall.platform.TenantId;
import app.pitwall.repairorders.CustomerDecisions;
import app.pitwall.repairorders.RepairOrderId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Names the customer acting through an approval link, for the audit trail: "Quill, Nora (approval link of repair order
 * #1234)". The link's order is read through the repair-order module.
 */
@Component
class ApprovalSubjectNames implements SubjectNames {

    private final JdbcClient jdbc;
    private final CustomerDecisions orders;

    ApprovalSubjectNames(JdbcClient jdbc, CustomerDecisions orders) {
        this.jdbc = jdbc;
        this.orders = orders;
    }

    @Override
    public Set<String> types() {
        return Set.of("approval-link");
    }

    @Override
    public Map<String, String> names(TenantId tenant, String type, Collection<String> ids) {
        UUID[] wanted = SubjectNames.uuids(ids);
        Map<String, String> names = new LinkedHashMap<>();
        if (wanted.length == 0 || !type.equals("approval-link")) {
            return names;
        }
        jdbc.sql("SELECT id, repair_order_id FROM approval_request WHERE tenant_id = ? AND id = ANY (?)")
                .params(tenant.value(), wanted)
                .query(row -> {
                    UUID link = row.getObject("id", UUID.class);
                    orders.orderOfLink(tenant, new RepairOrderId(row.getObject("repair_order_id", UUID.class)), false)
                            .ifPresent(order -> names.put(
                                    link.toString(),
                                    order.visit().customerName() + " (approval link of repair order #" + order.number()
                                            + ")"));
                });
        return names;
    }
}
