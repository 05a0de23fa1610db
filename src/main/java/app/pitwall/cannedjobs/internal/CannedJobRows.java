package app.pitwall.cannedjobs.internal;

import app.pitwall.cannedjobs.CannedJob;
import app.pitwall.cannedjobs.CannedJobId;
import app.pitwall.platform.Cursor;
import app.pitwall.platform.TenantId;
import app.pitwall.repairorders.Line;
import app.pitwall.repairorders.LineColumns;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Canned jobs and their lines in PostgreSQL, every statement scoped by tenant. */
@Repository
class CannedJobRows {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    CannedJobRows(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    List<CannedJob> list(TenantId tenant, String query, int limit, Cursor after) {
        String pattern = query == null || query.isBlank()
                ? null
                : "%" + query.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        List<CannedJob> jobs = jdbc.sql("""
                        SELECT * FROM canned_job
                        WHERE tenant_id = :tenant
                          AND (CAST(:pattern AS text) IS NULL OR name ILIKE CAST(:pattern AS text))
                          AND (CAST(:afterKey AS text) IS NULL
                               OR (lower(name), id) > (CAST(:afterKey AS text), CAST(:afterId AS uuid)))
                        ORDER BY lower(name), id
                        LIMIT :limit""")
                .param("tenant", tenant.value())
                .param("pattern", pattern)
                .param("afterKey", after == null ? null : after.key())
                .param("afterId", after == null ? null : after.id())
                .param("limit", limit)
                .query((row, index) -> job(row, List.of()))
                .list();
        return withLines(tenant, jobs);
    }

    Optional<CannedJob> find(TenantId tenant, CannedJobId id, boolean forUpdate) {
        return jdbc.sql("SELECT * FROM canned_job WHERE tenant_id = ? AND id = ?" + (forUpdate ? " FOR UPDATE" : ""))
                .params(tenant.value(), id.value())
                .query((row, index) -> job(row, List.of()))
                .optional()
                .map(job -> withLines(tenant, List.of(job)).get(0));
    }

    void insert(TenantId tenant, CannedJob job) {
        jdbc.sql("""
                        INSERT INTO canned_job (tenant_id, id, name, title, complaint, correction, created_at,
                                                updated_at, version)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        tenant.value(),
                        job.id().value(),
                        job.name(),
                        job.title(),
                        job.complaint(),
                        job.correction(),
                        Timestamp.from(job.createdAt()),
                        Timestamp.from(job.updatedAt()),
                        job.version())
                .update();
        writeLines(tenant, job);
    }

    void update(TenantId tenant, CannedJob job) {
        jdbc.sql("""
                        UPDATE canned_job SET name = ?, title = ?, complaint = ?, correction = ?, updated_at = ?,
                               version = ?
                        WHERE tenant_id = ? AND id = ?""")
                .params(
                        job.name(),
                        job.title(),
                        job.complaint(),
                        job.correction(),
                        Timestamp.from(job.updatedAt()),
                        job.version(),
                        tenant.value(),
                        job.id().value())
                .update();
        jdbc.sql("DELETE FROM canned_job_line WHERE tenant_id = ? AND canned_job_id = ?")
                .params(tenant.value(), job.id().value())
                .update();
        writeLines(tenant, job);
    }

    void delete(TenantId tenant, CannedJobId id) {
        jdbc.sql("DELETE FROM canned_job WHERE tenant_id = ? AND id = ?")
                .params(tenant.value(), id.value())
                .update();
    }

    private void writeLines(TenantId tenant, CannedJob job) {
        List<SqlParameterSource> rows = new ArrayList<>();
        for (int index = 0; index < job.lines().size(); index++) {
            rows.add(LineColumns.parameters(job.lines().get(index))
                    .addValue("tenant", tenant.value())
                    .addValue("job", job.id().value())
                    .addValue("position", index));
        }
        batch.batchUpdate(
                "INSERT INTO canned_job_line (tenant_id, id, canned_job_id, position, " + LineColumns.NAMES
                        + ") VALUES (:tenant, :id, :job, :position, " + LineColumns.VALUES + ")",
                rows.toArray(SqlParameterSource[]::new));
    }

    private List<CannedJob> withLines(TenantId tenant, List<CannedJob> jobs) {
        if (jobs.isEmpty()) {
            return jobs;
        }
        Map<UUID, List<Line>> lines = new HashMap<>();
        jdbc.sql("""
                        SELECT * FROM canned_job_line WHERE tenant_id = ? AND canned_job_id = ANY (?)
                        ORDER BY canned_job_id, position""")
                .params(
                        tenant.value(),
                        jobs.stream().map(job -> job.id().value()).toArray(UUID[]::new))
                .query(row -> {
                    lines.computeIfAbsent(row.getObject("canned_job_id", UUID.class), k -> new ArrayList<>())
                            .add(LineColumns.line(row, false));
                });
        return jobs.stream()
                .map(job -> new CannedJob(
                        job.id(),
                        job.name(),
                        job.title(),
                        job.complaint(),
                        job.correction(),
                        List.copyOf(lines.getOrDefault(job.id().value(), List.of())),
                        job.createdAt(),
                        job.updatedAt(),
                        job.version()))
                .toList();
    }

    private static CannedJob job(ResultSet row, List<Line> lines) throws SQLException {
        return new CannedJob(
                new CannedJobId(row.getObject("id", UUID.class)),
                row.getString("name"),
                row.getString("title"),
                row.getString("complaint"),
                row.getString("correction"),
                lines,
                row.getTimestamp("created_at").toInstant(),
                row.getTimestamp("updated_at").toInstant(),
                row.getInt("version"));
    }
}
