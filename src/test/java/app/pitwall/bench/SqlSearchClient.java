package app.pitwall.bench;

import app.pitwall.customers.internal.CustomerSearchForBenchmark;
import app.pitwall.platform.TenantId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The customer search without the service around it: one JDBC connection running the service's own {@code
 * CustomerSearch.search} SQL in a read-only transaction, as one of three database users.
 */
final class SqlSearchClient implements AutoCloseable {

    /** Who runs the SQL. */
    enum Mode {
        /** The application role under forced row-level security; the tenant is set per transaction, as the service does. */
        APP_WITH_RLS("sql-app-rls", BenchEnvironment.APP, true),
        /** The superuser, which bypasses row-level security; only the SQL's own {@code tenant_id = ?} filters. */
        SUPERUSER_NO_RLS("sql-superuser", BenchEnvironment.SUPERUSER, false),
        /** As {@link #SUPERUSER_NO_RLS}, plus the same {@code set_config} round trip, to separate its cost. */
        SUPERUSER_NO_RLS_WITH_SET_CONFIG("sql-superuser+set_config", BenchEnvironment.SUPERUSER, true);

        final String label;
        final String role;
        final boolean setsTenant;

        Mode(String label, String role, boolean setsTenant) {
            this.label = label;
            this.role = role;
            this.setsTenant = setsTenant;
        }
    }

    private final Mode mode;
    private final Connection connection;
    private final PreparedStatement setTenant;
    private final CustomerSearchForBenchmark search;

    SqlSearchClient(BenchEnvironment environment, Mode mode) throws SQLException {
        this.mode = mode;
        this.connection = environment.connect(mode.role);
        connection.setAutoCommit(false);
        connection.setReadOnly(true);
        this.setTenant = connection.prepareStatement("SELECT set_config('pitwall.tenant_id', ?, true)");
        this.search = new CustomerSearchForBenchmark(new SingleConnectionDataSource(connection, true));
    }

    /** One search transaction; returns the number of rows of the page. */
    int search(int tenant, String query, int pageSize) throws SQLException {
        TenantId id = new TenantId(SearchDataLoader.tenantId(tenant));
        try {
            if (mode.setsTenant) {
                setTenant.setString(1, id.toString());
                setTenant.execute();
            }
            int rows = search.firstPage(id, query, pageSize).size();
            connection.commit();
            return rows;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
