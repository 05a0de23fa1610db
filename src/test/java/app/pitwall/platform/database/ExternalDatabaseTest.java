package app.pitwall.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.PitwallApplication;
import app.pitwall.customers.Customer;
import app.pitwall.customers.internal.CustomerSearchForBenchmark;
import app.pitwall.platform.TenantId;
import app.pitwall.support.TestDataDirectory;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * With {@code PITWALL_DB_URL} and role credentials, Pitwall uses that database as a DBA prepared it
 * (the README's SQL) and never starts an embedded server.
 */
class ExternalDatabaseTest {

    @Test
    void anExternalDatabasePreparedByTheReadmeIsUsedAndNoEmbeddedServerStarts() throws Exception {
        EmbeddedPostgres server = EmbeddedPostgres.running(
                        TestDataDirectory.path().resolve("postgres"))
                .acquire();
        try {
            prepareAsTheReadmeSays(server);
            startPitwallOn(server);
            searchWorksWithoutAndThenWithTheSuperusersScript(server);
        } finally {
            server.release();
        }
    }

    private static void prepareAsTheReadmeSays(EmbeddedPostgres server) throws Exception {
        try (Connection admin = DriverManager.getConnection(
                        server.jdbcUrl("postgres"), "postgres", server.superuserPassword());
                Statement sql = admin.createStatement()) {
            sql.execute("CREATE ROLE ext_owner LOGIN PASSWORD 'owner-secret'");
            sql.execute("CREATE ROLE ext_app LOGIN PASSWORD 'app-secret'"
                    + " NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT");
            sql.execute("CREATE DATABASE ext_pitwall OWNER ext_owner");
            sql.execute("REVOKE ALL ON DATABASE ext_pitwall FROM PUBLIC");
            sql.execute("GRANT CONNECT ON DATABASE ext_pitwall TO ext_app");
        }
    }

    /**
     * The DBA has not run db/superuser/leakproof-search.sql: search falls back to LIKE and finds the same
     * customers; once the DBA runs it, it builds the leakproof indexes, which search then uses.
     */
    private static void searchWorksWithoutAndThenWithTheSuperusersScript(EmbeddedPostgres server) throws Exception {
        SingleConnectionDataSource superuser = new SingleConnectionDataSource(
                server.jdbcUrl("ext_pitwall"), "postgres", server.superuserPassword(), true);
        try {
            JdbcClient sql = JdbcClient.create(superuser);
            TenantId demo = new TenantId(sql.sql("SELECT id FROM tenant WHERE name = 'Demo Motors'")
                    .query(UUID.class)
                    .single());
            List<String> before = names(new CustomerSearchForBenchmark(superuser).firstPage(demo, "arci", 25));
            assertThat(sql.sql("SELECT to_regclass('customer_search_idx') IS NOT NULL")
                            .query(Boolean.class)
                            .single())
                    .as("the LIKE index stays until the script is run")
                    .isTrue();

            try (InputStream script =
                    ExternalDatabaseTest.class.getResourceAsStream("/db/superuser/leakproof-search.sql")) {
                sql.sql(new String(script.readAllBytes(), StandardCharsets.UTF_8))
                        .update();
            }
            List<String> after = names(new CustomerSearchForBenchmark(superuser).firstPage(demo, "arci", 25));

            assertThat(before).containsExactly("Garcia");
            assertThat(after).isEqualTo(before);
            assertThat(sql.sql("""
                            SELECT to_regclass('customer_contains_idx') IS NOT NULL
                               AND to_regclass('vehicle_contains_idx') IS NOT NULL
                               AND to_regclass('customer_search_idx') IS NULL""").query(Boolean.class).single()).isTrue();
        } finally {
            superuser.destroy();
        }
    }

    private static List<String> names(List<Customer> customers) {
        return customers.stream().map(Customer::lastName).toList();
    }

    private static void startPitwallOn(EmbeddedPostgres server) throws Exception {
        Path dataDir = Files.createTempDirectory(TestDataDirectory.path(), "external-");

        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PitwallApplication.class)
                .properties(
                        "server.port=0",
                        "pitwall.tls.enabled=false",
                        "pitwall.db.url=" + server.jdbcUrl("ext_pitwall"),
                        "pitwall.db.owner-user=ext_owner",
                        "pitwall.db.owner-password=owner-secret",
                        "pitwall.db.app-user=ext_app",
                        "pitwall.db.app-password=app-secret",
                        "pitwall.data-dir=" + dataDir,
                        "pitwall.demo=true")
                .run()) {
            DatabaseEndpoint endpoint = context.getBean(DatabaseEndpoint.class);
            String user = context.getBean(JdbcClient.class)
                    .sql("SELECT current_user")
                    .query(String.class)
                    .single();

            assertThat(endpoint.embedded()).isNull();
            assertThat(user).isEqualTo("ext_app");
            assertThat(dataDir.resolve("postgres")).doesNotExist();
            Integer tenants = JdbcClient.create(context.getBean("ownerDataSource", javax.sql.DataSource.class))
                    .sql("SELECT count(*) FROM tenant")
                    .query(Integer.class)
                    .single();
            assertThat(tenants).as("the owner is bound by forced RLS too").isZero();
        }
    }
}
