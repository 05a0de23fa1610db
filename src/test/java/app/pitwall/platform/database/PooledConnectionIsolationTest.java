package app.pitwall.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.platform.TenantId;
import app.pitwall.platform.TenantScope;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.TestShops;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two tenants hammering a pool of two connections, committing and rolling back in turn: no
 * transaction ever sees the other tenant's rows, because the tenant lives and dies with each
 * transaction, not with the connection.
 */
@PitwallIntegrationTest
class PooledConnectionIsolationTest {

    @Autowired
    DatabaseEndpoint endpoint;

    @Autowired
    TestShops shops;

    @Test
    void interleavedTransactionsOfTwoTenantsOnTwoConnectionsNeverSeeEachOther() throws Exception {
        TestShops.Shop a = shops.create("Pool A");
        TestShops.Shop b = shops.create("Pool B");
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(endpoint.url());
        config.setUsername(endpoint.app().user());
        config.setPassword(endpoint.app().password());
        config.setMaximumPoolSize(2);
        try (HikariDataSource pool = new HikariDataSource(config)) {
            JdbcClient jdbc = JdbcClient.create(pool);
            TransactionTemplate transactions = new TransactionTemplate(new TenantTransactionManager(pool));
            seed(jdbc, transactions, a);
            seed(jdbc, transactions, b);

            Set<String> leaks = ConcurrentHashMap.newKeySet();
            AtomicInteger checked = new AtomicInteger();
            ExecutorService threads = Executors.newFixedThreadPool(8);
            List<Future<?>> work = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                TestShops.Shop shop = i % 2 == 0 ? a : b;
                boolean rollBack = i % 3 == 0;
                work.add(threads.submit(() -> TenantScope.runAs(shop.tenant(), () -> {
                    try {
                        transactions.executeWithoutResult(status -> {
                            List<UUID> seen = jdbc.sql("SELECT tenant_id FROM customer")
                                    .query(UUID.class)
                                    .list();
                            if (seen.isEmpty()
                                    || seen.stream()
                                            .anyMatch(
                                                    t -> !t.equals(shop.tenant().value()))) {
                                leaks.add(shop.name() + " saw " + seen);
                            }
                            checked.incrementAndGet();
                            if (rollBack) {
                                throw new IllegalStateException("roll back on purpose");
                            }
                        });
                    } catch (IllegalStateException expected) {
                        // the rollback path is part of what is being tested
                    }
                })));
            }
            for (Future<?> future : work) {
                future.get();
            }
            threads.shutdown();
            Integer withoutTenant = transactions.execute(status -> jdbc.sql("SELECT count(*) FROM customer")
                    .query(Integer.class)
                    .single());

            assertThat(checked).hasValue(400);
            assertThat(leaks).isEmpty();
            assertThat(withoutTenant).isZero();
        }
    }

    private static void seed(JdbcClient jdbc, TransactionTemplate transactions, TestShops.Shop shop) {
        TenantId tenant = shop.tenant();
        TenantScope.runAs(
                tenant,
                () -> transactions.executeWithoutResult(status -> {
                    for (int i = 0; i < 5; i++) {
                        jdbc.sql("""
                                INSERT INTO customer (tenant_id, id, location_id, kind, last_name, sort_name,
                                                      search_text, created_at, updated_at)
                                VALUES (?, ?, ?, 'PERSON', 'Pooled', 'Pooled', 'pooled', ?, ?)""")
                                .params(
                                        tenant.value(),
                                        UUID.randomUUID(),
                                        shop.mainLocation(),
                                        Timestamp.from(Instant.now()),
                                        Timestamp.from(Instant.now()))
                                .update();
                    }
                }));
    }
}
