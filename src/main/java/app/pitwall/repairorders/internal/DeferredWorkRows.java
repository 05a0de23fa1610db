package app.pitwall.repairorders.internal;

import app.pitwall.access.Scope;
import app.pitwall.platform.Cursor;
import app.pitwall.platform.TenantId;
import app.pitwall.repairorders.DeferredJob;
import app.pitwall.repairorders.Job;
import app.pitwall.repairorders.JobApproval;
import app.pitwall.repairorders.JobId;
import app.pitwall.repairorders.RepairOrder;
import app.pitwall.repairorders.RepairOrderId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Deferred work: declined jobs kept on their vehicle, one open entry per job at most. */
@Repository
class DeferredWorkRows {

    private final JdbcClient jdbc;

    DeferredWorkRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps a declined job on the vehicle, unless it is already kept. */
    void keep(RepairOrder order, Job job, JobApproval declined) {
        jdbc.sql("""
                        INSERT INTO deferred_work (tenant_id, id, vehicle_id, customer_id, location_id, repair_order_id,
                                                   repair_order_number, job_id, title, complaint, estimate_total,
                                                   currency, declined_by, declined_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (tenant_id, job_id) WHERE resolved_at IS NULL DO NOTHING""")
                .params(
                        order.tenantId().value(),
                        UUID.randomUUID(),
                        order.visit().vehicleId(),
                        order.visit().customerId(),
                        order.visit().locationId(),
                        order.id().value(),
                        order.number(),
                        job.id().value(),
                        job.title(),
                        job.details().complaint(),
                        declined.jobTotal().amount(),
                        order.pricing().currency().getCurrencyCode(),
                        declined.decidedBy(),
                        Timestamp.from(declined.decidedAt()))
                .update();
    }

    void resolve(TenantId tenant, JobId job, String resolution, Instant now) {
        jdbc.sql("""
                        UPDATE deferred_work SET resolved_at = ?, resolution = ?
                        WHERE tenant_id = ? AND job_id = ? AND resolved_at IS NULL""")
                .params(Timestamp.from(now), resolution, tenant.value(), job.value())
                .update();
    }

    List<DeferredJob> forVehicle(Scope scope, UUID vehicle, boolean includeResolved, int limit, Cursor after) {
        return jdbc.sql("""
                        SELECT * FROM deferred_work
                        WHERE tenant_id = :tenant AND vehicle_id = :vehicle
                          AND (CAST(:locations AS uuid[]) IS NULL OR location_id = ANY (CAST(:locations AS uuid[])))
                          AND (:all OR resolved_at IS NULL)
                          AND (CAST(:afterKey AS timestamptz) IS NULL
                               OR (declined_at, id) < (CAST(:afterKey AS timestamptz), CAST(:afterId AS uuid)))
                        ORDER BY declined_at DESC, id DESC
                        LIMIT :limit""")
                .param("tenant", scope.tenant().value())
                .param("vehicle", vehicle)
                .param("locations", scope.locations())
                .param("all", includeResolved)
                .param("afterKey", after == null ? null : after.key())
                .param("afterId", after == null ? null : after.id())
                .param("limit", limit)
                .query((row, index) -> new DeferredJob(
                        row.getObject("id", UUID.class),
                        row.getObject("vehicle_id", UUID.class),
                        row.getObject("customer_id", UUID.class),
                        row.getObject("location_id", UUID.class),
                        new RepairOrderId(row.getObject("repair_order_id", UUID.class)),
                        row.getLong("repair_order_number"),
                        new JobId(row.getObject("job_id", UUID.class)),
                        row.getString("title"),
                        row.getString("complaint"),
                        row.getBigDecimal("estimate_total"),
                        row.getString("currency").strip(),
                        row.getString("declined_by"),
                        row.getTimestamp("declined_at").toInstant(),
                        RepairOrderRows.instant(row.getTimestamp("resolved_at")),
                        row.getString("resolution")))
                .list();
    }
}
