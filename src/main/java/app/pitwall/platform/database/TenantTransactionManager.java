package app.pitwall.platform.database;

import app.pitwall.platform.TenantScope;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * Starts every transaction by telling PostgreSQL which tenant it acts for, taken from the current
 * principal and from nowhere else. The setting is transaction-local ({@code set_config(..., true)}),
 * so it ends with the commit or rollback and cannot leak to the next user of a pooled connection.
 * With no tenant-bound principal the setting is empty, and row-level security then shows no rows.
 */
class TenantTransactionManager extends JdbcTransactionManager {

    static final String SETTING = "pitwall.tenant_id";

    TenantTransactionManager(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    protected void prepareTransactionalConnection(Connection connection, TransactionDefinition definition)
            throws SQLException {
        super.prepareTransactionalConnection(connection, definition);
        String tenant = TenantScope.current().map(Object::toString).orElse("");
        try (PreparedStatement statement = connection.prepareStatement("SELECT set_config(?, ?, true)")) {
            statement.setString(1, SETTING);
            statement.setString(2, tenant);
            statement.execute();
        }
    }
}
