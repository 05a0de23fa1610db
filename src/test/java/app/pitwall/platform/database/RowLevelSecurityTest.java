package app.pitwall.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.pitwall.platform.TenantScope;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.TestShops;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the database itself guarantees to the application role, whatever the Java code does: no
 * tenant means no rows, a foreign tenant's rows cannot be written, and a query that forgets its
 * tenant filter still sees only the current tenant.
 */
@PitwallIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RowLevelSecurityTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    TestShops shops;

    TestShops.Shop a;
    TestShops.Shop b;

    @BeforeAll
    void twoShopsWithCustomers() {
        a = shops.create("Alpha Auto");
        b = shops.create("Bravo Body");
        insertCustomer(a, "Adams");
        insertCustomer(b, "Brown");
    }

    @Test
    void withNoTenantSetEveryTenantTableLooksEmpty() {
        List<String> tables = List.of("customer", "vehicle", "location", "user_account", "session_family", "tenant");
        for (String table : tables) {
            Integer rows = transactions.execute(status -> jdbc.sql("SELECT count(*) FROM " + table)
                    .query(Integer.class)
                    .single());
            assertThat(rows).as(table).isZero();
        }
        Integer outsideTransaction =
                jdbc.sql("SELECT count(*) FROM customer").query(Integer.class).single();
        assertThat(outsideTransaction).isZero();
    }

    @Test
    void anUnscopedSelectInsideTenantASeesOnlyTenantA() {
        List<UUID> tenants = TenantScope.callAs(
                a.tenant(),
                () -> transactions.execute(status -> jdbc.sql("SELECT * FROM customer")
                        .query((row, n) -> row.getObject("tenant_id", UUID.class))
                        .list()));

        assertThat(tenants).isNotEmpty().containsOnly(a.tenant().value());
    }

    @Test
    void insertingARowForAnotherTenantIsRejected() {
        assertThatThrownBy(() -> TenantScope.runAs(
                        a.tenant(),
                        () -> transactions.executeWithoutResult(status -> jdbc.sql("""
                                        INSERT INTO customer (tenant_id, id, location_id, kind, last_name, sort_name,
                                                              search_text, created_at, updated_at)
                                        VALUES (?, ?, ?, 'PERSON', 'Intruder', 'Intruder', 'intruder', now(), now())""")
                                .params(b.tenant().value(), UUID.randomUUID(), b.mainLocation())
                                .update())))
                .isInstanceOf(DataAccessException.class)
                .satisfies(e -> assertThat(org.springframework.core.NestedExceptionUtils.getMostSpecificCause(e)
                                .getMessage())
                        .contains("row-level security"));
    }

    @Test
    void anUpdateOrDeleteAimedAtAnotherTenantTouchesNothing() {
        int updated = TenantScope.callAs(
                a.tenant(),
                () -> transactions.execute(
                        status -> jdbc.sql("UPDATE customer SET notes = 'hacked' WHERE tenant_id = ?")
                                .param(b.tenant().value())
                                .update()));
        int deleted = TenantScope.callAs(
                a.tenant(),
                () -> transactions.execute(status -> jdbc.sql("DELETE FROM customer WHERE tenant_id = ?")
                        .param(b.tenant().value())
                        .update()));

        assertThat(updated).isZero();
        assertThat(deleted).isZero();
    }

    @Test
    void aTenantSettingDoesNotOutliveItsTransaction() {
        TenantScope.runAs(
                a.tenant(),
                () -> transactions.executeWithoutResult(status -> jdbc.sql("SELECT count(*) FROM customer")
                        .query(Integer.class)
                        .single()));

        String setting = transactions.execute(
                status -> jdbc.sql("SELECT coalesce(current_setting('pitwall.tenant_id', true), '')")
                        .query(String.class)
                        .single());
        assertThat(setting).isEmpty();
    }

    @Test
    void signInLookupByEmailSeesOnlyThatAccountAndCannotWrite() {
        String email = a.email(app.pitwall.access.Role.OWNER);
        List<String> visible = transactions.execute(status -> {
            jdbc.sql("SELECT set_config('pitwall.sign_in_email', ?, true)")
                    .param(email)
                    .query()
                    .singleRow();
            return jdbc.sql("SELECT email FROM user_account")
                    .query(String.class)
                    .list();
        });
        Integer changed = transactions.execute(status -> {
            jdbc.sql("SELECT set_config('pitwall.sign_in_email', ?, true)")
                    .param(email)
                    .query()
                    .singleRow();
            return jdbc.sql("UPDATE user_account SET name = 'x' WHERE email = ?::citext")
                    .param(email)
                    .update();
        });

        assertThat(visible).containsExactly(email);
        assertThat(changed).isZero();
    }

    private void insertCustomer(TestShops.Shop shop, String name) {
        TenantScope.runAs(
                shop.tenant(),
                () -> transactions.executeWithoutResult(status -> jdbc.sql("""
                        INSERT INTO customer (tenant_id, id, location_id, kind, last_name, sort_name, search_text,
                                              created_at, updated_at)
                        VALUES (?, ?, ?, 'PERSON', ?, ?, ?, ?, ?)""")
                        .params(
                                shop.tenant().value(),
                                UUID.randomUUID(),
                                shop.mainLocation(),
                                name,
                                name,
                                name.toLowerCase(),
                                Timestamp.from(Instant.now()),
                                Timestamp.from(Instant.now()))
                        .update()));
    }
}
