package app.pitwall.audit.internal;

import app.pitwall.platform.TenantId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Appends entries to a tenant's chain inside the caller's transaction. The tenant's head row is
 * locked ({@code SELECT ... FOR UPDATE}) until that transaction ends, so concurrent writers of one
 * tenant take turns and each sees the head the previous one left: sequence numbers stay gap-free
 * and the chain never forks. Other tenants lock other rows and never wait for this one.
 */
@Component
class AuditChain {

    /** Where a tenant's chain ends: its last sequence number and hash (0 and the genesis when empty). */
    record Head(long seq, byte[] hash) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    AuditChain(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Appends the entries in order; returns the new head. Must run in a transaction of {@code tenant}. */
    Head append(TenantId tenant, List<PendingEntry> entries) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Audit entries are appended inside the transaction of their change");
        }
        Head head = lockHead(tenant);
        MessageDigest digest = ChainHash.sha256();
        long seq = head.seq();
        byte[] hash = head.hash();
        List<Object[]> rows = new ArrayList<>(entries.size());
        for (PendingEntry entry : entries) {
            if (!entry.tenant().equals(tenant)) {
                throw new IllegalArgumentException(
                        "An entry of " + entry.tenant() + " cannot join the chain of " + tenant);
            }
            seq++;
            String document = entry.document(seq);
            hash = ChainHash.next(digest, hash, document.getBytes(StandardCharsets.UTF_8));
            rows.add(new Object[] {tenant.value(), seq, document, hash});
        }
        String insert = "INSERT INTO audit_event (tenant_id, seq, entry, hash) VALUES (?, ?, ?, ?)";
        if (rows.size() == 1) {
            jdbc.sql(insert).params(rows.get(0)).update();
        } else if (!rows.isEmpty()) {
            batch.batchUpdate(insert, rows);
        }
        jdbc.sql("UPDATE audit_head SET seq = ?, hash = ? WHERE tenant_id = ?")
                .params(seq, hash, tenant.value())
                .update();
        return new Head(seq, hash);
    }

    /** The committed head of a tenant's chain, without locking it. */
    Head head(TenantId tenant) {
        return readHead(tenant, "").orElse(new Head(0, ChainHash.genesis()));
    }

    private Head lockHead(TenantId tenant) {
        Optional<Head> head = readHead(tenant, " FOR UPDATE");
        if (head.isPresent()) {
            return head.get();
        }
        jdbc.sql("INSERT INTO audit_head (tenant_id, seq, hash) VALUES (?, 0, ?) ON CONFLICT (tenant_id) DO NOTHING")
                .params(tenant.value(), ChainHash.genesis())
                .update();
        return readHead(tenant, " FOR UPDATE").orElseThrow();
    }

    private Optional<Head> readHead(TenantId tenant, String lock) {
        return jdbc.sql("SELECT seq, hash FROM audit_head WHERE tenant_id = ?" + lock)
                .param(tenant.value())
                .query((row, n) -> new Head(row.getLong("seq"), row.getBytes("hash")))
                .optional();
    }
}
