package app.pitwall.audit.internal;

import app.pitwall.platform.TenantId;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs and keeps checkpoints of tenants' chain heads. Signing the same head twice gives the
 * checkpoint already kept; kept checkpoints are append-only like the trail.
 */
@Component
@Transactional
class Checkpoints {

    private final JdbcClient jdbc;
    private final AuditChain chain;
    private final SigningKey key;
    private final Clock clock;

    Checkpoints(JdbcClient jdbc, AuditChain chain, SigningKey key, Clock clock) {
        this.jdbc = jdbc;
        this.chain = chain;
        this.key = key;
        this.clock = clock;
    }

    /** A signed checkpoint of the tenant's committed head; empty while the trail is empty. */
    Optional<Checkpoint> sign(TenantId tenant) {
        AuditChain.Head head = chain.head(tenant);
        if (head.seq() == 0) {
            return Optional.empty();
        }
        Optional<Checkpoint> kept = at(tenant, head.seq());
        if (kept.isPresent()) {
            return kept;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Checkpoint unsigned = new Checkpoint(tenant, head.seq(), head.hash(), now, key.publicKey(), new byte[0]);
        Checkpoint signed =
                new Checkpoint(tenant, head.seq(), head.hash(), now, key.publicKey(), key.sign(unsigned.signedBytes()));
        jdbc.sql("""
                        INSERT INTO audit_checkpoint (tenant_id, seq, head_hash, signed_at, public_key, signature)
                        VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (tenant_id, seq) DO NOTHING""")
                .params(
                        tenant.value(),
                        signed.sequence(),
                        signed.headHash(),
                        Timestamp.from(signed.time()),
                        signed.publicKey(),
                        signed.signature())
                .update();
        return at(tenant, head.seq());
    }

    /** Every kept checkpoint of the tenant, oldest first. */
    @Transactional(readOnly = true)
    List<Checkpoint> all(TenantId tenant) {
        return jdbc.sql("""
                        SELECT tenant_id, seq, head_hash, signed_at, public_key, signature
                        FROM audit_checkpoint WHERE tenant_id = ? ORDER BY seq""")
                .param(tenant.value())
                .query(Checkpoints::checkpoint)
                .list();
    }

    /** The latest kept checkpoint of the tenant. */
    @Transactional(readOnly = true)
    Optional<Checkpoint> latest(TenantId tenant) {
        return jdbc.sql("""
                        SELECT tenant_id, seq, head_hash, signed_at, public_key, signature
                        FROM audit_checkpoint WHERE tenant_id = ? ORDER BY seq DESC LIMIT 1""")
                .param(tenant.value())
                .query(Checkpoints::checkpoint)
                .optional();
    }

    byte[] publicKey() {
        return key.publicKey();
    }

    private Optional<Checkpoint> at(TenantId tenant, long seq) {
        return jdbc.sql("""
                        SELECT tenant_id, seq, head_hash, signed_at, public_key, signature
                        FROM audit_checkpoint WHERE tenant_id = ? AND seq = ?""")
                .params(tenant.value(), seq)
                .query(Checkpoints::checkpoint)
                .optional();
    }

    private static Checkpoint checkpoint(java.sql.ResultSet row, int n) throws java.sql.SQLException {
        return new Checkpoint(
                new TenantId(row.getObject("tenant_id", UUID.class)),
                row.getLong("seq"),
                row.getBytes("head_hash"),
                row.getTimestamp("signed_at").toInstant(),
                row.getBytes("public_key"),
                row.getBytes("signature"));
    }
}
