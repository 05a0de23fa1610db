package app.pitwall.repairorders.internal;

import app.pitwall.platform.Money;
import app.pitwall.platform.TenantId;
import app.pitwall.repairorders.Job;
import app.pitwall.repairorders.JobApproval;
import app.pitwall.repairorders.JobId;
import app.pitwall.repairorders.Line;
import app.pitwall.repairorders.LineColumns;
import app.pitwall.repairorders.Pricing;
import app.pitwall.repairorders.RepairOrder;
import app.pitwall.repairorders.RepairOrderId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The jobs of a repair order with their lines and customer decisions. Jobs and lines are written as the aggregate
 * holds them (upserted in order, the removed ones deleted); decisions are only ever added.
 */
@Repository
class JobRows {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    JobRows(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    List<Job> jobsOf(TenantId tenant, RepairOrderId order, Pricing pricing) {
        Map<UUID, List<Line>> lines = new HashMap<>();
        jdbc.sql("SELECT * FROM job_line WHERE tenant_id = ? AND repair_order_id = ? ORDER BY job_id, position")
                .params(tenant.value(), order.value())
                .query(row -> {
                    lines.computeIfAbsent(row.getObject("job_id", UUID.class), k -> new ArrayList<>())
                            .add(LineColumns.line(row, true));
                });
        Map<UUID, JobApproval> approvals = new HashMap<>();
        jdbc.sql("""
                        SELECT DISTINCT ON (a.job_id) a.*, o.currency FROM job_approval a
                        JOIN repair_order o ON o.tenant_id = a.tenant_id AND o.id = a.repair_order_id
                        WHERE a.tenant_id = ? AND a.repair_order_id = ?
                        ORDER BY a.job_id, a.recorded_at DESC, a.id""")
                .params(tenant.value(), order.value())
                .query(JobRows::approval)
                .list()
                .forEach(approval -> approvals.put(approval.jobId().value(), approval));
        return jdbc.sql("SELECT * FROM job WHERE tenant_id = ? AND repair_order_id = ? ORDER BY position")
                .params(tenant.value(), order.value())
                .query((row, index) -> {
                    UUID id = row.getObject("id", UUID.class);
                    UUID canned = row.getObject("canned_job_id", UUID.class);
                    return Job.restore(
                            new JobId(id),
                            pricing,
                            new Job.JobDetails(
                                    row.getString("title"),
                                    row.getString("complaint"),
                                    row.getString("cause"),
                                    row.getString("correction"),
                                    row.getString("technician_notes"),
                                    row.getObject("technician_id", UUID.class)),
                            canned,
                            lines.getOrDefault(id, List.of()),
                            RepairOrderRows.instant(row.getTimestamp("completed_at")),
                            row.getObject("completed_by", UUID.class),
                            approvals.get(id));
                })
                .list();
    }

    /** Writes every job and line of the order as it now stands, and the decisions not yet stored. */
    void write(RepairOrder order) {
        UUID tenant = order.tenantId().value();
        UUID orderId = order.id().value();
        List<Job> jobs = order.jobs();
        UUID[] jobIds = jobs.stream().map(job -> job.id().value()).toArray(UUID[]::new);
        jdbc.sql("DELETE FROM job WHERE tenant_id = ? AND repair_order_id = ? AND NOT (id = ANY (?))")
                .params(tenant, orderId, jobIds)
                .update();
        List<SqlParameterSource> jobRows = new ArrayList<>();
        List<SqlParameterSource> lineRows = new ArrayList<>();
        List<SqlParameterSource> decisionRows = new ArrayList<>();
        List<UUID> lineIds = new ArrayList<>();
        for (int position = 0; position < jobs.size(); position++) {
            Job job = jobs.get(position);
            jobRows.add(jobParameters(tenant, orderId, position, job));
            List<Line> lines = job.lines();
            for (int index = 0; index < lines.size(); index++) {
                lineIds.add(lines.get(index).id().value());
                lineRows.add(LineColumns.parameters(lines.get(index))
                        .addValue("tenant", tenant)
                        .addValue("order", orderId)
                        .addValue("job", job.id().value())
                        .addValue("position", index));
            }
            job.approval().ifPresent(approval -> decisionRows.add(approvalParameters(tenant, orderId, approval)));
        }
        jdbc.sql("DELETE FROM job_line WHERE tenant_id = ? AND repair_order_id = ? AND NOT (id = ANY (?))")
                .params(tenant, orderId, lineIds.toArray(UUID[]::new))
                .update();
        batch.batchUpdate("""
                        INSERT INTO job (tenant_id, id, repair_order_id, position, title, complaint, cause, correction,
                                         technician_notes, technician_id, canned_job_id, completed_at, completed_by)
                        VALUES (:tenant, :id, :order, :position, :title, :complaint, :cause, :correction, :notes,
                                :technician, :canned, :completedAt, :completedBy)
                        ON CONFLICT (tenant_id, id) DO UPDATE SET position = EXCLUDED.position,
                               title = EXCLUDED.title, complaint = EXCLUDED.complaint, cause = EXCLUDED.cause,
                               correction = EXCLUDED.correction, technician_notes = EXCLUDED.technician_notes,
                               technician_id = EXCLUDED.technician_id, completed_at = EXCLUDED.completed_at,
                               completed_by = EXCLUDED.completed_by""", jobRows.toArray(SqlParameterSource[]::new));
        batch.batchUpdate(
                "INSERT INTO job_line (tenant_id, id, repair_order_id, job_id, position, labor_rate_id, "
                        + LineColumns.NAMES + ") VALUES (:tenant, :id, :order, :job, :position, :laborRate, "
                        + LineColumns.VALUES
                        + ") ON CONFLICT (tenant_id, id) DO UPDATE SET position = EXCLUDED.position,"
                        + " labor_rate_id = EXCLUDED.labor_rate_id, " + LineColumns.UPDATES,
                lineRows.toArray(SqlParameterSource[]::new));
        batch.batchUpdate("""
                        INSERT INTO job_approval (tenant_id, id, repair_order_id, job_id, decision, method,
                                                  version_hash, job_total, content, decided_by, decided_at,
                                                  recorded_at, recorded_by, approval_request_id, source_address,
                                                  user_agent)
                        VALUES (:tenant, :id, :order, :job, :decision, :method, :hash, :total, :content, :decidedBy,
                                :decidedAt, :recordedAt, :recordedBy, :request, :source, :userAgent)
                        ON CONFLICT (tenant_id, id) DO NOTHING""", decisionRows.toArray(SqlParameterSource[]::new));
    }

    /** Every decision on the order's jobs, oldest first: what was approved, and when, against what is now. */
    List<JobApproval> decisionsOf(TenantId tenant, RepairOrderId order) {
        return jdbc.sql("""
                        SELECT a.*, o.currency FROM job_approval a
                        JOIN repair_order o ON o.tenant_id = a.tenant_id AND o.id = a.repair_order_id
                        WHERE a.tenant_id = ? AND a.repair_order_id = ?
                        ORDER BY a.recorded_at, a.id""")
                .params(tenant.value(), order.value())
                .query(JobRows::approval)
                .list();
    }

    private static MapSqlParameterSource jobParameters(UUID tenant, UUID order, int position, Job job) {
        Job.JobDetails details = job.details();
        return new MapSqlParameterSource()
                .addValue("tenant", tenant)
                .addValue("id", job.id().value())
                .addValue("order", order)
                .addValue("position", position)
                .addValue("title", details.title())
                .addValue("complaint", details.complaint())
                .addValue("cause", details.cause())
                .addValue("correction", details.correction())
                .addValue("notes", details.technicianNotes())
                .addValue("technician", details.technicianId())
                .addValue("canned", job.cannedJobId())
                .addValue("completedAt", job.completedAt() == null ? null : Timestamp.from(job.completedAt()))
                .addValue("completedBy", job.completedBy());
    }

    private static MapSqlParameterSource approvalParameters(UUID tenant, UUID order, JobApproval approval) {
        return new MapSqlParameterSource()
                .addValue("tenant", tenant)
                .addValue("id", approval.id())
                .addValue("order", order)
                .addValue("job", approval.jobId().value())
                .addValue("decision", approval.decision().name())
                .addValue("method", approval.method().name())
                .addValue("hash", approval.versionHash())
                .addValue("total", approval.jobTotal().amount())
                .addValue("content", approval.content())
                .addValue("decidedBy", approval.decidedBy())
                .addValue("decidedAt", Timestamp.from(approval.decidedAt()))
                .addValue("recordedAt", Timestamp.from(approval.recordedAt()))
                .addValue("recordedBy", approval.recordedBy())
                .addValue("request", approval.approvalRequestId())
                .addValue("source", approval.sourceAddress())
                .addValue("userAgent", approval.userAgent());
    }

    private static JobApproval approval(ResultSet row, int index) throws SQLException {
        return new JobApproval(
                row.getObject("id", UUID.class),
                new JobId(row.getObject("job_id", UUID.class)),
                JobApproval.Decision.valueOf(row.getString("decision")),
                JobApproval.Method.valueOf(row.getString("method")),
                row.getString("version_hash"),
                Money.exact(
                        row.getBigDecimal("job_total"),
                        Currency.getInstance(row.getString("currency").strip())),
                row.getString("content"),
                row.getString("decided_by"),
                RepairOrderRows.instant(row.getTimestamp("decided_at")),
                RepairOrderRows.instant(row.getTimestamp("recorded_at")),
                row.getObject("recorded_by", UUID.class),
                row.getObject("approval_request_id", UUID.class),
                row.getString("source_address"),
                row.getString("user_agent"));
    }
}
