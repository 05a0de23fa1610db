package app.pitwall.repairorders.internal;

import app.pitwall.platform.TenantId;
import app.pitwall.repairorders.RepairOrder;
import app.pitwall.repairorders.RepairOrderId;
import app.pitwall.repairorders.Stamp;
import app.pitwall.repairorders.StatusChange;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The append-only status history of repair orders: the application may add rows and read them, nothing else. */
@Repository
class StatusHistoryRows {

    private final JdbcClient jdbc;

    StatusHistoryRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(
            TenantId tenant,
            RepairOrderId order,
            RepairOrder.Status from,
            RepairOrder.Status to,
            String reason,
            Stamp stamp) {
        jdbc.sql("""
                        INSERT INTO repair_order_status_history (tenant_id, id, repair_order_id, from_status, to_status,
                                                                 reason, actor_kind, actor_id, actor_name, changed_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        tenant.value(),
                        UUID.randomUUID(),
                        order.value(),
                        from == null ? null : from.name(),
                        to.name(),
                        reason,
                        stamp.kind().name(),
                        stamp.actorId(),
                        stamp.actorName(),
                        Timestamp.from(stamp.at()))
                .update();
    }

    List<StatusChange> of(TenantId tenant, RepairOrderId order) {
        return jdbc.sql("""
                        SELECT * FROM repair_order_status_history WHERE tenant_id = ? AND repair_order_id = ?
                        ORDER BY changed_at, id""")
                .params(tenant.value(), order.value())
                .query((row, index) -> {
                    String from = row.getString("from_status");
                    return new StatusChange(
                            from == null ? null : RepairOrder.Status.valueOf(from),
                            RepairOrder.Status.valueOf(row.getString("to_status")),
                            row.getString("reason"),
                            Stamp.Kind.valueOf(row.getString("actor_kind")),
                            row.getObject("actor_id", UUID.class),
                            row.getString("actor_name"),
                            row.getTimestamp("changed_at").toInstant());
                })
                .list();
    }

    /** When each of the orders last entered the status it is in now; orders without such an entry are left out. */
    Map<UUID, Instant> enteredCurrentStatus(TenantId tenant, UUID[] orders) {
        if (orders.length == 0) {
            return Map.of();
        }
        Map<UUID, Instant> since = new HashMap<>();
        jdbc.sql("""
                        SELECT o.id, max(h.changed_at) AS since
                        FROM repair_order o
                        JOIN repair_order_status_history h
                          ON h.tenant_id = o.tenant_id AND h.repair_order_id = o.id AND h.to_status = o.status
                        WHERE o.tenant_id = ? AND o.id = ANY (?)
                        GROUP BY o.id""")
                .params(tenant.value(), orders)
                .query((row, index) -> since.put(
                        row.getObject("id", UUID.class),
                        row.getTimestamp("since").toInstant()))
                .list();
        return since;
    }
}
