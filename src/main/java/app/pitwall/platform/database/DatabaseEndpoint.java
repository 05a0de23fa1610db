package app.pitwall.platform.database;

import app.pitwall.platform.PitwallProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the database is and which two roles to use. With no {@code pitwall.db.url} it starts the
 * embedded PostgreSQL under the data directory and, on first start, creates the database, the
 * owner role and the application role (LOGIN, NOSUPERUSER, NOBYPASSRLS) with generated passwords.
 * One embedded server runs per data directory and process; it stops when the process ends.
 */
public record DatabaseEndpoint(String url, Credentials owner, Credentials app, EmbeddedPostgres embedded)
        implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DatabaseEndpoint.class);
    private static final String DATABASE = "pitwall";
    private static final List<String> SUPERUSER_SCRIPTS = List.of("/db/superuser/leakproof-search.sql");

    /** A role's name and password. */
    public record Credentials(String user, String password) {
        @Override
        public String toString() {
            return "Credentials[user=" + user + "]";
        }
    }

    static DatabaseEndpoint resolve(PitwallProperties properties) {
        PitwallProperties.Db db = properties.db();
        if (db.external()) {
            return new DatabaseEndpoint(
                    db.url(),
                    new Credentials(db.ownerUser(), db.ownerPassword()),
                    new Credentials(db.appUser(), db.appPassword()),
                    null);
        }
        return embedded(properties.dataDir().resolve("postgres"), db.ownerUser(), db.appUser());
    }

    /** Starts (or reuses the cluster of) the embedded PostgreSQL in {@code directory}. */
    public static DatabaseEndpoint embedded(Path directory, String ownerUser, String appUser) {
        EmbeddedPostgres server = EmbeddedPostgres.running(directory).acquire();
        try {
            Path rolesFile = directory.resolve("roles.properties");
            if (!Files.exists(rolesFile)) {
                Properties roles = new Properties();
                roles.setProperty(ownerUser, PostgresFiles.randomSecret());
                roles.setProperty(appUser, PostgresFiles.randomSecret());
                StringBuilder text = new StringBuilder("# generated on first start; passwords of the embedded roles\n");
                roles.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
                PostgresFiles.writeOwnerOnly(rolesFile, text.toString());
            }
            Properties roles = PostgresFiles.readProperties(rolesFile);
            Credentials owner = new Credentials(ownerUser, roles.getProperty(ownerUser));
            Credentials app = new Credentials(appUser, roles.getProperty(appUser));
            createRolesAndDatabase(server, owner, app);
            return new DatabaseEndpoint(server.jdbcUrl(DATABASE), owner, app, server);
        } catch (IOException e) {
            server.release();
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            server.release();
            throw new IllegalStateException("Could not prepare the embedded database", e);
        }
    }

    private static void createRolesAndDatabase(EmbeddedPostgres server, Credentials owner, Credentials app)
            throws SQLException {
        try (Connection connection = DriverManager.getConnection(
                        server.jdbcUrl("postgres"), "postgres", server.superuserPassword());
                Statement statement = connection.createStatement()) {
            ensureRole(connection, statement, owner, "LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEROLE NOCREATEDB");
            ensureRole(connection, statement, app, "LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEROLE NOCREATEDB NOINHERIT");
            if (!exists(connection, "SELECT 1 FROM pg_database WHERE datname = ?", DATABASE)) {
                statement.execute("CREATE DATABASE " + DATABASE + " OWNER " + owner.user() + " ENCODING 'UTF8'");
                statement.execute("REVOKE ALL ON DATABASE " + DATABASE + " FROM PUBLIC");
                statement.execute("GRANT CONNECT ON DATABASE " + DATABASE + " TO " + app.user());
                log.info("Created database {} owned by {}", DATABASE, owner.user());
            }
        }
    }

    /**
     * What only a superuser may create in Pitwall's database, run after the migrations on every start of the
     * embedded server (the scripts are idempotent); with an external database the DBA runs them after Pitwall's
     * first start (README). Not before the migrations: Flyway refuses to start on a schema that holds objects it
     * did not make.
     */
    void runSuperuserScripts() {
        if (embedded == null) {
            return;
        }
        try {
            runSuperuserScripts(embedded);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Could not run the superuser scripts on the embedded database", e);
        }
    }

    private static void runSuperuserScripts(EmbeddedPostgres server) throws SQLException, IOException {
        try (Connection connection =
                        DriverManager.getConnection(server.jdbcUrl(DATABASE), "postgres", server.superuserPassword());
                Statement statement = connection.createStatement()) {
            for (String script : SUPERUSER_SCRIPTS) {
                try (InputStream in = DatabaseEndpoint.class.getResourceAsStream(script)) {
                    if (in == null) {
                        throw new IllegalStateException("Missing " + script);
                    }
                    statement.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
    }

    private static void ensureRole(Connection connection, Statement statement, Credentials role, String options)
            throws SQLException {
        if (!role.user().matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("Role names must be lower-case identifiers: " + role.user());
        }
        String verb = exists(connection, "SELECT 1 FROM pg_roles WHERE rolname = ?", role.user()) ? "ALTER" : "CREATE";
        String password = role.password().replace("'", "''");
        statement.execute(verb + " ROLE " + role.user() + " WITH " + options + " PASSWORD '" + password + "'");
    }

    private static boolean exists(Connection connection, String sql, String value) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, value);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** Releases the embedded server, which stops once no application context uses it. */
    @Override
    public void close() {
        if (embedded != null) {
            embedded.release();
        }
    }
}
