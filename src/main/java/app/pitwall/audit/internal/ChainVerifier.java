package app.pitwall.audit.internal;

import app.pitwall.audit.internal.Verification.CheckpointCheck;
import app.pitwall.audit.internal.Verification.CheckpointCheck.Outcome;
import app.pitwall.audit.internal.Verification.Reason;
import app.pitwall.platform.TenantId;
import app.pitwall.platform.TenantScope;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-walks a tenant's chain from its first entry and reports it valid, or the first sequence number
 * where it breaks and why. It reads one consistent snapshot (repeatable read) in key order, in
 * batches, hashes the stored canonical bytes as they are (no JSON parsing on the way) with one reused
 * digest, checks that the columns filters select by say what the hashed entry says ({@link
 * FilterColumns}), and compares the end with the head row and with every valid signed checkpoint,
 * kept in the database or given by the owner. Only checkpoints tell a rewritten or cut-off trail
 * from a real one.
 */
@Component
class ChainVerifier {

    /** Entries read per query: enough to amortise the round trip, few enough to hold. */
    static final int BATCH_SIZE = 10_000;

    /**
     * One batch of the walk, in key order from the primary key's index. A keyset walk rather than one
     * query over the whole trail: for that one PostgreSQL estimated a scan of the whole table (every
     * tenant's rows) and a sort of this tenant's on disk, since sequence numbers of all tenants
     * interleave; a batch with a limit is a range scan of the index, already in order, and the
     * repeatable-read snapshot keeps the batches one consistent trail.
     */
    private static final String BATCH = """
            SELECT seq, entry, hash, occurred_at, action, actor_id, subject_type, subject_id
            FROM audit_event WHERE tenant_id = ? AND seq > ? ORDER BY seq LIMIT ?""";

    private final DataSource dataSource;
    private final TransactionTemplate snapshot;
    private final Checkpoints checkpoints;
    private final BreakClassifier classifier;
    private final AuditChain chain;

    ChainVerifier(
            DataSource dataSource,
            AuditChain chain,
            PlatformTransactionManager transactions,
            Checkpoints checkpoints,
            BreakClassifier classifier) {
        this.dataSource = dataSource;
        this.checkpoints = checkpoints;
        this.classifier = classifier;
        this.chain = chain;
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.snapshot.setReadOnly(true);
    }

    /** Verifies the tenant's chain against its kept checkpoints and those given. */
    Verification verify(TenantId tenant, List<Checkpoint> given) {
        return TenantScope.callAs(
                tenant,
                () -> snapshot.execute(status -> {
                    List<Checkpoint> all = new ArrayList<>(checkpoints.all(tenant));
                    all.addAll(given);
                    return walk(tenant, all);
                }));
    }

    private Verification walk(TenantId tenant, List<Checkpoint> candidates) {
        long started = System.nanoTime();
        byte[] ownKey = checkpoints.publicKey();
        Map<Checkpoint, CheckpointCheck> checks = new LinkedHashMap<>();
        Map<Long, List<Checkpoint>> trusted = new LinkedHashMap<>();
        candidates.sort(Comparator.comparingLong(Checkpoint::sequence));
        for (Checkpoint checkpoint : candidates) {
            boolean signed = checkpoint.signatureValid();
            Outcome outcome = !checkpoint.tenant().equals(tenant)
                    ? Outcome.OTHER_TENANT
                    : signed ? Outcome.NOT_REACHED : Outcome.SIGNATURE_INVALID;
            checks.put(checkpoint, check(checkpoint, signed, ownKey, outcome));
            if (outcome == Outcome.NOT_REACHED) {
                trusted.computeIfAbsent(checkpoint.sequence(), s -> new ArrayList<>())
                        .add(checkpoint);
            }
        }
        AuditChain.Head head = chain.head(tenant);
        Walk walk = new Walk(tenant, trusted, checks, ownKey);
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (PreparedStatement query = connection.prepareStatement(BATCH)) {
            query.setObject(1, tenant.value());
            query.setInt(3, BATCH_SIZE);
            int read;
            do {
                query.setLong(2, walk.expected - 1);
                read = 0;
                try (ResultSet rows = query.executeQuery()) {
                    while (walk.broken == null && rows.next()) {
                        read++;
                        walk.step(rows);
                    }
                }
            } while (walk.broken == null && read == BATCH_SIZE);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the audit trail", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        long last = walk.expected - 1;
        Verification.Break broken =
                walk.broken != null ? walk.broken : endOf(last, walk.previous, head, trusted, checks, ownKey);
        return new Verification(
                tenant,
                broken == null,
                last,
                head.seq(),
                broken,
                List.copyOf(checks.values()),
                System.nanoTime() - started);
    }

    /** The walk along the chain so far: where it is, the last link, and the first break once found. */
    private final class Walk {

        private final TenantId tenant;
        private final Map<Long, List<Checkpoint>> trusted;
        private final Map<Checkpoint, CheckpointCheck> checks;
        private final byte[] ownKey;
        private final MessageDigest digest = ChainHash.sha256();
        private final FilterColumns columns;
        long expected = 1;
        byte[] previous = ChainHash.genesis();
        long lastMatchingCheckpoint = 0;
        Verification.Break broken;

        Walk(
                TenantId tenant,
                Map<Long, List<Checkpoint>> trusted,
                Map<Checkpoint, CheckpointCheck> checks,
                byte[] ownKey) {
            this.tenant = tenant;
            this.trusted = trusted;
            this.checks = checks;
            this.ownKey = ownKey;
            this.columns = new FilterColumns(tenant.toString());
        }

        /** Checks the next row: its place, its link, its filter columns, and any checkpoint at it. */
        void step(ResultSet row) throws SQLException {
            long seq = row.getLong(1);
            if (seq != expected) {
                broken = new Verification.Break(
                        expected,
                        Reason.MISSING,
                        "entries " + expected + (seq - 1 > expected ? " to " + (seq - 1) : "")
                                + " are missing; the next one stored is " + seq);
                return;
            }
            byte[] entry = row.getBytes(2);
            byte[] link = ChainHash.next(digest, previous, entry);
            if (!MessageDigest.isEqual(link, row.getBytes(3))) {
                broken = classifier.classify(tenant, seq, entry);
                return;
            }
            String disagreement = columns.disagreement(
                    entry,
                    seq,
                    row.getObject(4, OffsetDateTime.class),
                    row.getBytes(5),
                    row.getBytes(6),
                    row.getBytes(7),
                    row.getBytes(8));
            if (disagreement != null) {
                broken = new Verification.Break(
                        seq,
                        Reason.COLUMNS_ALTERED,
                        "entry " + seq + " is intact, but " + disagreement
                                + ": filters and lists that select by that column misplace it");
                return;
            }
            List<Checkpoint> at = trusted.get(seq);
            if (at != null) {
                for (Checkpoint checkpoint : at) {
                    boolean matches = MessageDigest.isEqual(link, checkpoint.headHash());
                    checks.put(
                            checkpoint, check(checkpoint, true, ownKey, matches ? Outcome.MATCHES : Outcome.DIFFERS));
                    if (!matches && broken == null) {
                        broken = new Verification.Break(
                                lastMatchingCheckpoint + 1,
                                Reason.ALTERED,
                                "the trail up to " + seq + " differs from the checkpoint signed at " + checkpoint.time()
                                        + ": an entry after " + lastMatchingCheckpoint + " and up to " + seq
                                        + " was changed, removed or reordered and the chain recomputed");
                    }
                }
                if (broken != null) {
                    return;
                }
                lastMatchingCheckpoint = seq;
            }
            previous = link;
            expected++;
        }
    }

    private static Verification.Break endOf(
            long last,
            byte[] lastHash,
            AuditChain.Head head,
            Map<Long, List<Checkpoint>> trusted,
            Map<Checkpoint, CheckpointCheck> checks,
            byte[] ownKey) {
        Verification.Break broken = null;
        for (List<Checkpoint> at : trusted.values()) {
            for (Checkpoint checkpoint : at) {
                if (checkpoint.sequence() > last) {
                    checks.put(checkpoint, check(checkpoint, true, ownKey, Outcome.BEYOND_END));
                    if (broken == null) {
                        broken = new Verification.Break(
                                last + 1,
                                Reason.MISSING,
                                "a checkpoint signed at " + checkpoint.time() + " covers " + checkpoint.sequence()
                                        + " entries but the trail ends at " + last + ": its tail was cut off");
                    }
                }
            }
        }
        if (broken != null) {
            return broken;
        }
        if (head.seq() > last) {
            return new Verification.Break(
                    last + 1,
                    Reason.MISSING,
                    "the chain head says " + head.seq() + " entries but the trail ends at " + last
                            + ": its tail was cut off");
        }
        if (head.seq() < last) {
            return new Verification.Break(
                    head.seq() + 1,
                    Reason.ALTERED,
                    "entries " + (head.seq() + 1) + " to " + last + " stand beyond the chain head " + head.seq()
                            + ": they were not appended through the chain");
        }
        if (!MessageDigest.isEqual(head.hash(), lastHash)) {
            return new Verification.Break(
                    last, Reason.ALTERED, "the chain head's hash differs from the hash of entry " + last);
        }
        return null;
    }

    private static CheckpointCheck check(Checkpoint checkpoint, boolean signed, byte[] ownKey, Outcome outcome) {
        return new CheckpointCheck(
                checkpoint.sequence(), checkpoint.time().toString(), signed, checkpoint.signedBy(ownKey), outcome);
    }
}
