package app.pitwall.audit.internal;

import app.pitwall.platform.TenantId;
import app.pitwall.platform.TenantScope;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signs a checkpoint for every tenant whose trail grew since its last one, every {@code
 * pitwall.audit.checkpoint-interval} (an hour by default). Several instances may run it at once:
 * a head that is already signed is not signed again.
 */
@Component
class CheckpointSchedule {

    private static final Logger log = LoggerFactory.getLogger(CheckpointSchedule.class);

    private final TrailTenants tenants;
    private final Checkpoints checkpoints;
    private final TransactionTemplate transactions;

    CheckpointSchedule(TrailTenants tenants, Checkpoints checkpoints, TransactionTemplate transactions) {
        this.tenants = tenants;
        this.checkpoints = checkpoints;
        this.transactions = transactions;
    }

    @Scheduled(
            fixedDelayString = "${pitwall.audit.checkpoint-interval:PT1H}",
            initialDelayString = "${pitwall.audit.checkpoint-interval:PT1H}")
    void signNewHeads() {
        int signed = 0;
        for (TenantId tenant : tenants.withTrail()) {
            try {
                TenantScope.runAs(tenant, () -> transactions.executeWithoutResult(status -> checkpoints.sign(tenant)));
                signed++;
            } catch (RuntimeException e) {
                log.error("Could not sign an audit checkpoint for tenant {}", tenant, e);
            }
        }
        log.debug("Audit checkpoints checked for {} tenants", signed);
    }

    /** The tenants that have an audit trail, found before any tenant is known. */
    @Component
    static class TrailTenants {

        private final JdbcClient jdbc;
        private final TransactionTemplate transactions;

        TrailTenants(JdbcClient jdbc, TransactionTemplate transactions) {
            this.jdbc = jdbc;
            this.transactions = transactions;
        }

        /**
         * Reads the chain heads with the {@code pitwall.audit_scan} exception of their row-level
         * security, which shows sequence numbers and hashes only, and only with no tenant set.
         */
        List<TenantId> withTrail() {
            return TenantScope.current().isPresent()
                    ? List.of(TenantScope.current().get())
                    : transactions.execute(status -> {
                        jdbc.sql("SELECT set_config('pitwall.audit_scan', 'on', true)")
                                .query()
                                .singleRow();
                        return jdbc.sql("SELECT tenant_id FROM audit_head WHERE seq > 0 ORDER BY tenant_id")
                                .query((row, n) -> new TenantId(row.getObject(1, UUID.class)))
                                .list();
                    });
        }
    }
}
