package app.pitwall.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.pitwall.platform.TenantId;
import app.pitwall.platform.TenantScope;
import app.pitwall.platform.database.DatabaseEndpoint;
import app.pitwall.support.PitwallIntegrationTest;
import app.pitwall.support.TestShops;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The database keeps the trail append-only on its own: the application role may only read entries
 * and append them through {@code pitwall_audit_append}, and even the owner role, inside the tenant,
 * cannot change or remove them while the triggers are in place.
 */
@PitwallIntegrationTest
class AppendOnlyTrailTest {

    @Autowired
    TestShops shops;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DatabaseEndpoint endpoint;

    TenantId tenant;

    @BeforeEach
    void aTrailOfThree() {
        tenant = shops.create("Append Only Garage").tenant();
        new AuditTrailFixture(events, transactions, jdbc, endpoint).write(tenant, 3);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "UPDATE audit_event SET entry = entry || ' ' WHERE seq = 2",
                "DELETE FROM audit_event WHERE seq = 2",
                "TRUNCATE audit_event",
                "INSERT INTO audit_event SELECT tenant_id, seq + 100, entry, hash, occurred_at, action, actor_id,"
                        + " subject_type, subject_id FROM audit_event WHERE seq = 1",
                "UPDATE audit_checkpoint SET seq = 1",
                "DELETE FROM audit_head",
                "UPDATE audit_head SET seq = 0"
            })
    void theApplicationRoleCannotChangeOrRemoveEntries(String statement) {
        assertThatThrownBy(() -> TenantScope.runAs(
                        tenant,
                        () -> transactions.executeWithoutResult(status ->
                                jdbc.sql(statement + scoped(statement)).update())))
                .rootCause()
                .hasMessageMatching("(?s).*(permission denied|append-only|only moves forward).*");
        assertThat(entries()).isEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "UPDATE audit_event SET entry = entry || ' ' WHERE seq = 2",
                "DELETE FROM audit_event WHERE seq = 2",
                "TRUNCATE audit_event",
                "DELETE FROM audit_head",
                "UPDATE audit_head SET seq = 0",
                "TRUNCATE audit_checkpoint"
            })
    void theOwnerRoleCannotEitherWhileTheTriggersAreInPlace(String statement) throws SQLException {
        try (Connection owner = DriverManager.getConnection(
                        endpoint.url(),
                        endpoint.owner().user(),
                        endpoint.owner().password());
                Statement sql = owner.createStatement()) {
            sql.execute("SELECT set_config('pitwall.tenant_id', '" + tenant + "', false)");
            assertThatThrownBy(() -> sql.execute(statement))
                    .hasMessageMatching("(?s).*(append-only|only moves forward).*");
        }
        assertThat(entries()).isEqualTo(3);
    }

    private static String scoped(String statement) {
        return statement.startsWith("TRUNCATE") ? "" : statement.contains("WHERE") ? "" : " WHERE true";
    }

    private long entries() {
        return TenantScope.callAs(
                tenant,
                () -> transactions.execute(status -> jdbc.sql("SELECT count(*) FROM audit_event WHERE tenant_id = ?")
                        .param(tenant.value())
                        .query(Long.class)
                        .single()));
    }
}
