package app.pitwall.audit;

import app.pitwall.platform.TenantId;
import app.pitwall.platform.TenantScope;
import app.pitwall.platform.database.DatabaseEndpoint;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/** Writes chains for tests and tampers with them as the database superuser would. */
final class AuditTrailFixture {

    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final DatabaseEndpoint endpoint;

    AuditTrailFixture(
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            JdbcClient jdbc,
            DatabaseEndpoint endpoint) {
        this.events = events;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.endpoint = endpoint;
    }

    /** Writes {@code count} entries, one transaction each. */
    void write(TenantId tenant, int count) {
        for (int i = 1; i <= count; i++) {
            int number = i;
            TenantScope.runAs(
                    tenant,
                    () -> transactions.executeWithoutResult(
                            status -> events.publishEvent(new TestAuditedChange(tenant, number))));
        }
    }

    /** The stored entry documents, in order, as the application role reads them. */
    List<String> entries(TenantId tenant) {
        return TenantScope.callAs(
                tenant,
                () -> transactions.execute(
                        status -> jdbc.sql("SELECT entry FROM audit_event WHERE tenant_id = ? ORDER BY seq")
                                .param(tenant.value())
                                .query(String.class)
                                .list()));
    }

    /**
     * Runs statements as the PostgreSQL superuser with triggers off ({@code session_replication_role =
     * replica}): what someone with full database access could do.
     */
    void asSuperuser(String... statements) {
        try (Connection connection = DriverManager.getConnection(
                endpoint.url(), "postgres", endpoint.embedded().superuserPassword())) {
            SingleConnectionDataSource single = new SingleConnectionDataSource(connection, true);
            JdbcClient superuser = JdbcClient.create(single);
            superuser.sql("SET session_replication_role = replica").update();
            for (String statement : statements) {
                superuser.sql(statement).update();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
