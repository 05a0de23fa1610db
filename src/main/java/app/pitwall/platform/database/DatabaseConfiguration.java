package app.pitwall.platform.database;

import app.pitwall.platform.PitwallProperties;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Two connections to one database: the owner role, used only by Flyway, and the application role
 * the service runs as, which cannot bypass row-level security. Transactions on the latter carry
 * the current tenant.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean
    DatabaseEndpoint databaseEndpoint(PitwallProperties properties) {
        return DatabaseEndpoint.resolve(properties);
    }

    @Bean
    @FlywayDataSource
    DataSource ownerDataSource(DatabaseEndpoint endpoint) {
        return new SimpleDriverDataSource(
                new org.postgresql.Driver(),
                endpoint.url(),
                endpoint.owner().user(),
                endpoint.owner().password());
    }

    @Bean
    @Primary
    HikariDataSource dataSource(DatabaseEndpoint endpoint, PitwallProperties properties) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("pitwall-app");
        config.setJdbcUrl(endpoint.url());
        config.setUsername(endpoint.app().user());
        config.setPassword(endpoint.app().password());
        config.setMaximumPoolSize(properties.db().poolSize());
        config.setMinimumIdle(Math.min(2, properties.db().poolSize()));
        config.setAutoCommit(true);
        config.addDataSourceProperty("ApplicationName", "pitwall");
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        return new HikariDataSource(config);
    }

    @Bean
    PlatformTransactionManager transactionManager(DataSource dataSource) {
        return new TenantTransactionManager(dataSource);
    }

    /** The migrations, then what only a superuser may create (embedded only: db/superuser). */
    @Bean
    FlywayMigrationStrategy migrationsThenSuperuserScripts(DatabaseEndpoint endpoint) {
        return flyway -> {
            flyway.migrate();
            endpoint.runSuperuserScripts();
        };
    }

    @Bean
    FlywayConfigurationCustomizer applicationRolePlaceholder(DatabaseEndpoint endpoint) {
        return configuration ->
                configuration.placeholders(Map.of("app_role", endpoint.app().user()));
    }
}
