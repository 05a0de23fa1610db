package app.pitwall.approvals.internal;

import app.pitwall.platform.TenantId;
import app.pitwall.repairorders.RepairOrderId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Approval links as stored: the order, the hash of the token, when it expires or was replaced, and its use. */
@Repository
class ApprovalRequestRows {

    private final JdbcClient jdbc;

    ApprovalRequestRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored link. */
    record Request(UUID id, RepairOrderId order, Instant expiresAt, Instant supersededAt, int views, int submissions) {}

    /** Ends every live link of the order: a new estimate version replaces them. */
    void supersedeAll(TenantId tenant, RepairOrderId order, Instant now) {
        jdbc.sql("""
                        UPDATE approval_request SET superseded_at = ?
                        WHERE tenant_id = ? AND repair_order_id = ? AND superseded_at IS NULL""").params(Timestamp.from(now), tenant.value(), order.value()).update();
    }

    void insert(TenantId tenant, UUID id, RepairOrderId order, byte[] hash, UUID by, Instant now, Instant expires) {
        jdbc.sql("""
                        INSERT INTO approval_request (tenant_id, id, repair_order_id, token_hash, requested_by,
                                                      requested_at, expires_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(tenant.value(), id, order.value(), hash, by, Timestamp.from(now), Timestamp.from(expires))
                .update();
    }

    /** The link with this token hash, locked until the transaction ends. */
    Optional<Request> find(TenantId tenant, byte[] hash) {
        return jdbc.sql("""
                        SELECT id, repair_order_id, expires_at, superseded_at, views, submissions
                        FROM approval_request WHERE tenant_id = ? AND token_hash = ? FOR UPDATE""")
                .params(tenant.value(), hash)
                .query((row, index) -> request(row))
                .optional();
    }

    /** The link with this token hash, counting this use as a view or a submission. */
    Optional<Request> use(TenantId tenant, byte[] hash, boolean submission) {
        return jdbc.sql("""
                        UPDATE approval_request
                           SET views = views + CASE WHEN :submission THEN 0 ELSE 1 END,
                               submissions = submissions + CASE WHEN :submission THEN 1 ELSE 0 END
                        WHERE tenant_id = :tenant AND token_hash = :hash
                        RETURNING id, repair_order_id, expires_at, superseded_at, views, submissions""")
                .param("submission", submission)
                .param("tenant", tenant.value())
                .param("hash", hash)
                .query((row, index) -> request(row))
                .optional();
    }

    private static Request request(java.sql.ResultSet row) throws java.sql.SQLException {
        return new Request(
                row.getObject("id", UUID.class),
                new RepairOrderId(row.getObject("repair_order_id", UUID.class)),
                row.getTimestamp("expires_at").toInstant(),
                instant(row.getTimestamp("superseded_at")),
                row.getInt("views"),
                row.getInt("submissions"));
    }

    private static Instant instant(java.sql.Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
