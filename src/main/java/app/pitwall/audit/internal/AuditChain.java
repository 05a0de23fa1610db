package app.pitwall.audit.internal;

import app.pitwall.platform.TenantId;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Appends entries to a tenant's chain inside the caller's transaction, through the database function
 * {@code pitwall_audit_append}. It locks the tenant's head row ({@code SELECT ... FOR UPDATE}) until
 * that transaction ends, so concurrent writers of one tenant take turns and each sees the head the
 * previous one left: sequence numbers stay gap-free and the chain never forks. Other tenants lock
 * other rows and never wait for this one. Doing it all in one call keeps the lock for one round trip
 * and the commit, not for four.
 */
@Component
class AuditChain {

    /** Where a tenant's chain ends: its last sequence number and hash (0 and the genesis when empty). */
    record Head(long seq, byte[] hash) {}

    private final JdbcClient jdbc;

    AuditChain(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Appends the entries in order, in one round trip to the database, and returns the new head's
     * sequence number. Must run in a transaction of {@code tenant}.
     */
    long append(TenantId tenant, List<PendingEntry> entries) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Audit entries are appended inside the transaction of their change");
        }
        String[] prefixes = new String[entries.size()];
        String[] suffixes = new String[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            PendingEntry entry = entries.get(i);
            if (!entry.tenant().equals(tenant)) {
                throw new IllegalArgumentException(
                        "An entry of " + entry.tenant() + " cannot join the chain of " + tenant);
            }
            String[] split = entry.split();
            prefixes[i] = split[0];
            suffixes[i] = split[1];
        }
        return jdbc.sql("SELECT pitwall_audit_append(?, ?, ?)")
                .params(tenant.value(), prefixes, suffixes)
                .query(Long.class)
                .single();
    }

    /** The committed head of a tenant's chain, without locking it. */
    Head head(TenantId tenant) {
        return readHead(tenant, "").orElse(new Head(0, ChainHash.genesis()));
    }

    private Optional<Head> readHead(TenantId tenant, String lock) {
        return jdbc.sql("SELECT seq, hash FROM audit_head WHERE tenant_id = ?" + lock)
                .param(tenant.value())
                .query((row, n) -> new Head(row.getLong("seq"), row.getBytes("hash")))
                .optional();
    }
}
