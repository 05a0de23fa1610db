package app.pitwall.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.pitwall.access.Role;
import app.pitwall.audit.internal.AuditTrail;
import app.pitwall.audit.internal.Verification;
import app.pitwall.platform.TenantId;
import app.pitwall.platform.TenantScope;
import app.pitwall.platform.database.DatabaseEndpoint;
import app.pitwall.support.ApiClient;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.TestShops;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * No change without its audit entry and no entry without its change; concurrent writers of one
 * tenant make one gap-free chain; and one tenant never reads another's trail.
 */
@PitwallIntegrationTest
class AuditInTheSameTransactionTest {

    @LocalServerPort
    int port;

    @Autowired
    TestShops shops;

    @Autowired
    AuditTrail trail;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DatabaseEndpoint endpoint;

    @Test
    void aRolledBackChangeLeavesNoAuditEntry() {
        TenantId tenant = shops.create("Rollback Garage").tenant();

        TenantScope.runAs(
                tenant,
                () -> transactions.executeWithoutResult(status -> {
                    renameTenant(tenant, "Renamed and rolled back");
                    events.publishEvent(new TestAuditedChange(tenant, 1));
                    status.setRollbackOnly();
                }));

        assertThat(entries(tenant)).isZero();
        assertThat(tenantName(tenant)).isEqualTo("Rollback Garage");
    }

    @Test
    void aFailedAuditAppendRollsTheChangeBack() {
        TenantId tenant = shops.create("Failing Audit Garage").tenant();
        TenantId elsewhere = new TenantId(UUID.randomUUID());

        assertThatThrownBy(() -> TenantScope.runAs(
                        tenant,
                        () -> transactions.executeWithoutResult(status -> {
                            renameTenant(tenant, "Renamed without an audit entry");
                            events.publishEvent(new TestAuditedChange(elsewhere, 1));
                        })))
                .isInstanceOf(RuntimeException.class);

        assertThat(tenantName(tenant)).isEqualTo("Failing Audit Garage");
        assertThat(entries(tenant)).isZero();
    }

    @Test
    void aFailedAuditAppendOverHttpRollsTheCustomerChangeBack() {
        TestShops.Shop shop = shops.create("Http Rollback Garage");
        ApiClient advisor =
                new ApiClient("http://localhost:" + port).signIn(shop.email(Role.SERVICE_ADVISOR), TestShops.PASSWORD);
        String id = advisor.post("/api/v1/customers", Map.of("lastName", "Kept"))
                .json()
                .get("id")
                .asString();
        long before = entries(shop.tenant());
        new AuditTrailFixture(events, transactions, jdbc, endpoint)
                .asSuperuser(
                        "ALTER TABLE audit_event ADD CONSTRAINT refuse_for_test CHECK (action <> 'customer.changed') NOT VALID");
        try {
            ApiClient.Response refused = advisor.patch("/api/v1/customers/" + id, Map.of("lastName", "Lost"));
            assertThat(refused.status()).isEqualTo(500);
        } finally {
            new AuditTrailFixture(events, transactions, jdbc, endpoint)
                    .asSuperuser("ALTER TABLE audit_event DROP CONSTRAINT refuse_for_test");
        }

        assertThat(advisor.get("/api/v1/customers/" + id).json().get("lastName").asString())
                .isEqualTo("Kept");
        assertThat(entries(shop.tenant())).isEqualTo(before);
    }

    @Test
    void eightConcurrentWritersOfOneTenantMakeOneGapFreeChain() throws Exception {
        concurrentWriters("Busy Garage", 2);
    }

    /** One entry per transaction takes the database's single-statement path (UPDATE ... RETURNING). */
    @Test
    void eightConcurrentWritersOfOneEntryEachMakeOneGapFreeChain() throws Exception {
        concurrentWriters("Busier Garage", 1);
    }

    private void concurrentWriters(String name, int entriesPerTransaction) throws Exception {
        TenantId tenant = shops.create(name).tenant();
        int writers = 8;
        int transactionsEach = 40;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            done.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < transactionsEach; i++) {
                    int number = writer * 1000 + i;
                    TenantScope.runAs(
                            tenant,
                            () -> transactions.executeWithoutResult(status -> {
                                events.publishEvent(new TestAuditedChange(tenant, number));
                                if (entriesPerTransaction == 2) {
                                    events.publishEvent(new TestAuditedChange(tenant, number + 500));
                                }
                            }));
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> each : done) {
            each.get();
        }
        pool.shutdown();

        Verification result = trail.verify(tenant, null);
        assertThat(result.valid()).as(String.valueOf(result.broken())).isTrue();
        assertThat(result.eventsChecked()).isEqualTo(writers * transactionsEach * (long) entriesPerTransaction);
        List<Long> sequence = TenantScope.callAs(
                tenant,
                () -> transactions.execute(
                        status -> jdbc.sql("SELECT seq FROM audit_event WHERE tenant_id = ? ORDER BY seq")
                                .param(tenant.value())
                                .query(Long.class)
                                .list()));
        for (int i = 0; i < sequence.size(); i++) {
            assertThat(sequence.get(i)).isEqualTo(i + 1L);
        }
    }

    @Test
    void tenantBReadsNoneOfTenantAsEntries() {
        TestShops.Shop a = shops.create("Alpha Audit");
        TestShops.Shop b = shops.create("Bravo Audit");
        ApiClient ownerA = new ApiClient("http://localhost:" + port).signIn(a.email(Role.OWNER), TestShops.PASSWORD);
        String customerOfA = ownerA.post("/api/v1/customers", Map.of("lastName", "Secret"))
                .json()
                .get("id")
                .asString();
        ApiClient ownerB = new ApiClient("http://localhost:" + port).signIn(b.email(Role.OWNER), TestShops.PASSWORD);

        ownerB.get("/api/v1/audit/events?limit=100")
                .json()
                .get("items")
                .forEach(item -> assertThat(item.get("tenant").asString())
                        .isEqualTo(b.tenant().toString()));
        assertThat(ownerB.get("/api/v1/audit/subjects/customer/" + customerOfA).status())
                .isEqualTo(404);
        assertThat(ownerB.get("/api/v1/audit/export").body())
                .doesNotContain(customerOfA)
                .doesNotContain(a.tenant().toString());
        long seenByB = TenantScope.callAs(
                b.tenant(),
                () -> transactions.execute(status -> jdbc.sql("SELECT count(*) FROM audit_event WHERE tenant_id = ?")
                        .param(a.tenant().value())
                        .query(Long.class)
                        .single()));
        assertThat(seenByB).isZero();
    }

    private void renameTenant(TenantId tenant, String name) {
        jdbc.sql("UPDATE tenant SET name = ? WHERE id = ?")
                .params(name, tenant.value())
                .update();
    }

    private String tenantName(TenantId tenant) {
        return TenantScope.callAs(
                tenant,
                () -> transactions.execute(status -> jdbc.sql("SELECT name FROM tenant WHERE id = ?")
                        .param(tenant.value())
                        .query(String.class)
                        .single()));
    }

    private long entries(TenantId tenant) {
        return TenantScope.callAs(
                tenant,
                () -> transactions.execute(status -> jdbc.sql("SELECT count(*) FROM audit_event WHERE tenant_id = ?")
                        .param(tenant.value())
                        .query(Long.class)
                        .single()));
    }
}
