package app.pitwall.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.PitwallApplication;
import app.pitwall.support.TestDataDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A database made by the previous release (0.1, whose migrations lay in one folder and are kept as they were under
 * {@code src/test/resources/db/previous-release}) starts with this release's module folders and keeps its data: the
 * history Flyway recorded stays valid although every script now lives in its module's folder.
 */
class UpgradeFromPreviousReleaseTest {

    private static final List<String> TABLES =
            List.of("tenant", "location", "user_account", "customer", "vehicle", "audit_event");

    @Test
    void aDatabaseOfThePreviousReleaseStartsAndKeepsItsData() throws Exception {
        EmbeddedPostgres server = EmbeddedPostgres.running(
                        TestDataDirectory.path().resolve("postgres"))
                .acquire();
        try {
            prepare(server);
            Path dataDir = Files.createTempDirectory(TestDataDirectory.path(), "upgrade-");
            start(server, dataDir, "classpath:db/previous-release").close();
            Map<String, Integer> before = counts(server);

            try (ConfigurableApplicationContext upgraded = start(server, dataDir, null)) {
                Map<String, Integer> after = counts(server);
                assertThat(before.get("customer")).as("the demo shop was made").isPositive();
                assertThat(after).isEqualTo(before);
                assertThat(failedMigrations(server)).isZero();
                assertThat(upgraded.getBean(JdbcClient.class)
                                .sql("SELECT count(*) FROM customer")
                                .query(Integer.class)
                                .single())
                        .as("no tenant is set for this query, so no rows")
                        .isZero();
            }
        } finally {
            server.release();
        }
    }

    private static void prepare(EmbeddedPostgres server) throws Exception {
        try (Connection admin = DriverManager.getConnection(
                        server.jdbcUrl("postgres"), "postgres", server.superuserPassword());
                Statement sql = admin.createStatement()) {
            sql.execute("CREATE ROLE upgrade_owner LOGIN PASSWORD 'owner-secret'");
            sql.execute("CREATE ROLE upgrade_app LOGIN PASSWORD 'app-secret'"
                    + " NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT");
            sql.execute("CREATE DATABASE upgrade_pitwall OWNER upgrade_owner");
            sql.execute("REVOKE ALL ON DATABASE upgrade_pitwall FROM PUBLIC");
            sql.execute("GRANT CONNECT ON DATABASE upgrade_pitwall TO upgrade_app");
        }
    }

    private static ConfigurableApplicationContext start(EmbeddedPostgres server, Path dataDir, String locations) {
        SpringApplicationBuilder pitwall = new SpringApplicationBuilder(PitwallApplication.class)
                .properties(
                        "server.port=0",
                        "pitwall.tls.enabled=false",
                        "pitwall.db.url=" + server.jdbcUrl("upgrade_pitwall"),
                        "pitwall.db.owner-user=upgrade_owner",
                        "pitwall.db.owner-password=owner-secret",
                        "pitwall.db.app-user=upgrade_app",
                        "pitwall.db.app-password=app-secret",
                        "pitwall.data-dir=" + dataDir,
                        "pitwall.demo=true");
        if (locations != null) {
            pitwall.properties("spring.flyway.locations=" + locations);
        }
        return pitwall.run();
    }

    private static int failedMigrations(EmbeddedPostgres server) {
        SingleConnectionDataSource superuser = new SingleConnectionDataSource(
                server.jdbcUrl("upgrade_pitwall"), "postgres", server.superuserPassword(), true);
        try {
            return JdbcClient.create(superuser)
                    .sql("SELECT count(*) FROM flyway_schema_history WHERE NOT success")
                    .query(Integer.class)
                    .single();
        } finally {
            superuser.destroy();
        }
    }

    /** Row counts as the superuser sees them (row-level security binds every other role). */
    private static Map<String, Integer> counts(EmbeddedPostgres server) {
        SingleConnectionDataSource superuser = new SingleConnectionDataSource(
                server.jdbcUrl("upgrade_pitwall"), "postgres", server.superuserPassword(), true);
        try {
            JdbcClient sql = JdbcClient.create(superuser);
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (String table : TABLES) {
                counts.put(
                        table,
                        sql.sql("SELECT count(*) FROM " + table)
                                .query(Integer.class)
                                .single());
            }
            return counts;
        } finally {
            superuser.destroy();
        }
    }
}
