package app.pitwall.audit.internal;

import app.pitwall.platform.TenantId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads stored entries by filter, newest first for browsing and oldest first for export. Filters
 * work on the columns generated from each entry's document, and what is returned is the document
 * itself, exactly the bytes that were hashed.
 */
@Component
class AuditRecords {

    /** Action prefixes a bookkeeper may read: money and what changes it. */
    static final List<String> FINANCIAL_PREFIXES = List.of("invoice.", "payment.", "refund.", "payroll.", "discount.");

    /** One stored entry with its link and the link before it. */
    record Stored(long seq, String entry, byte[] hash, byte[] previousHash) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate streaming;

    AuditRecords(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(template.getDataSource());
        this.streaming.setFetchSize(1_000);
    }

    /** Up to {@code limit} entries before sequence number {@code before} (exclusive; null for the newest). */
    List<Stored> newestFirst(TenantId tenant, AuditFilter filter, boolean financialOnly, Long before, int limit) {
        List<Object> params = new ArrayList<>();
        String where = where(tenant, filter, financialOnly, params);
        if (before != null) {
            where += " AND e.seq < ?";
            params.add(before);
        }
        params.add(limit);
        return jdbc.sql("SELECT e.seq, e.entry, e.hash, NULL AS previous FROM audit_event e WHERE " + where
                        + " ORDER BY e.seq DESC LIMIT ?")
                .params(params)
                .query(AuditRecords::stored)
                .list();
    }

    /**
     * The actions the tenant's trail holds, in order: a skip scan of the action index, one index probe
     * per distinct action however long the trail ({@code ~>~} and {@code ~<~} are the operators of its
     * {@code text_pattern_ops} and are leakproof, so they stay index conditions under row-level security).
     */
    List<String> actions(TenantId tenant) {
        return jdbc.sql("""
                        WITH RECURSIVE actions (action) AS (
                            (SELECT e.action FROM audit_event e WHERE e.tenant_id = ?
                             ORDER BY e.action USING ~<~ LIMIT 1)
                            UNION ALL
                            SELECT (SELECT e.action FROM audit_event e
                                    WHERE e.tenant_id = ? AND e.action ~>~ a.action
                                    ORDER BY e.action USING ~<~ LIMIT 1)
                            FROM actions a WHERE a.action IS NOT NULL)
                        SELECT action FROM actions WHERE action IS NOT NULL""")
                .params(tenant.value(), tenant.value())
                .query(String.class)
                .list();
    }

    /** Whether the tenant's trail has any entry about this subject. */
    boolean anyAbout(TenantId tenant, String type, String id) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM audit_event
                                       WHERE tenant_id = ? AND subject_type = ? AND subject_id = ?)""")
                .params(tenant.value(), type, id)
                .query(Boolean.class)
                .single();
    }

    /** Every matching entry, oldest first, with the link before each so each line can be checked alone. */
    void oldestFirst(TenantId tenant, AuditFilter filter, boolean financialOnly, Consumer<Stored> sink) {
        List<Object> params = new ArrayList<>();
        String where = where(tenant, filter, financialOnly, params);
        RowCallbackHandler handler = row -> sink.accept(stored(row, 0));
        streaming.query("""
                SELECT e.seq, e.entry, e.hash,
                       (SELECT p.hash FROM audit_event p WHERE p.tenant_id = e.tenant_id AND p.seq = e.seq - 1)
                           AS previous
                FROM audit_event e WHERE """ + " " + where + " ORDER BY e.seq", handler, params.toArray());
    }

    private static String where(TenantId tenant, AuditFilter filter, boolean financialOnly, List<Object> params) {
        StringBuilder where = new StringBuilder("e.tenant_id = ?");
        params.add(tenant.value());
        if (filter.from() != null) {
            where.append(" AND e.occurred_at >= ?");
            params.add(java.sql.Timestamp.from(filter.from()));
        }
        if (filter.to() != null) {
            where.append(" AND e.occurred_at < ?");
            params.add(java.sql.Timestamp.from(filter.to()));
        }
        if (filter.actor() != null) {
            where.append(" AND e.actor_id = ?");
            params.add(filter.actor());
        }
        if (filter.action() != null) {
            String action = filter.action();
            if (action.endsWith("*") || action.endsWith(".")) {
                where.append(" AND e.action LIKE ?");
                params.add(likePrefix(action.endsWith("*") ? action.substring(0, action.length() - 1) : action));
            } else {
                where.append(" AND e.action = ?");
                params.add(action);
            }
        }
        if (filter.subjectType() != null) {
            where.append(" AND e.subject_type = ?");
            params.add(filter.subjectType());
        }
        if (filter.subjectId() != null) {
            where.append(" AND e.subject_id = ?");
            params.add(filter.subjectId());
        }
        if (filter.anyOf() != null) {
            Map<String, List<String>> byType = new TreeMap<>();
            filter.anyOf()
                    .forEach(subject -> byType.computeIfAbsent(subject.type(), t -> new ArrayList<>())
                            .add(subject.id()));
            where.append(" AND (false");
            byType.forEach((type, ids) -> {
                where.append(" OR (e.subject_type = ? AND e.subject_id = ANY (CAST(? AS text[])))");
                params.add(type);
                params.add(ids.toArray(String[]::new));
            });
            where.append(')');
        }
        if (financialOnly) {
            where.append(" AND (");
            for (int i = 0; i < FINANCIAL_PREFIXES.size(); i++) {
                where.append(i == 0 ? "" : " OR ").append("e.action LIKE ?");
                params.add(likePrefix(FINANCIAL_PREFIXES.get(i)));
            }
            where.append(')');
        }
        return where.toString();
    }

    private static String likePrefix(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static Stored stored(ResultSet row, int n) throws SQLException {
        return new Stored(row.getLong("seq"), row.getString("entry"), row.getBytes("hash"), row.getBytes("previous"));
    }
}
