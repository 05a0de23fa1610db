package app.pitwall.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Loads the benchmark tenants into the embedded PostgreSQL of a running Pitwall: per tenant a tenant row, two
 * locations, one owner who can sign in, and the given numbers of customers and vehicles.
 *
 * <p>It connects as the owner role, which forced row-level security binds too, so every tenant is written in its own
 * transaction that first sets {@code pitwall.tenant_id}, exactly like the service. A tenant already present is
 * skipped, so an interrupted load can be resumed. At the end the tables are vacuumed and analyzed, and the load time
 * and database size are printed.
 *
 * <p>Run: {@code PITWALL_DATA_DIR=... ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=app.pitwall.bench.SearchDataLoader -Dexec.args="100 100000 100000"} (see
 * {@code bench/load-search-data.sh}).
 */
public final class SearchDataLoader {

    /** The password of every benchmark owner, {@code owner@bench-NNN.example}. */
    static final String OWNER_PASSWORD = "pitwall bench owner 2026";

    /** The id Pitwall's {@code PasswordHashing} gives its Argon2id encoder (19 MiB, t=2, p=1). */
    private static final String HASH_ID = "{argon2id-19m-t2}";

    private SearchDataLoader() {}

    public static void main(String[] args) throws Exception {
        int tenants = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int customers = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int vehicles = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
        BenchEnvironment environment = BenchEnvironment.fromEnvironment();
        String hash = HASH_ID + new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2).encode(OWNER_PASSWORD);
        long start = System.nanoTime();
        int loaded = 0;
        try (Connection connection = environment.connect(BenchEnvironment.OWNER)) {
            for (int number = 1; number <= tenants; number++) {
                long tenantStart = System.nanoTime();
                if (load(connection, number, customers, vehicles, hash)) {
                    loaded++;
                    System.out.printf(
                            "tenant %03d: %d customers, %d vehicles in %.1f s%n",
                            number, customers, vehicles, (System.nanoTime() - tenantStart) / 1e9);
                } else {
                    System.out.printf("tenant %03d: already loaded, skipped%n", number);
                }
            }
            long rowsDone = System.nanoTime();
            vacuumAndAnalyze(connection);
            long end = System.nanoTime();
            System.out.printf(
                    "loaded %d tenants in %.1f s, VACUUM ANALYZE %.1f s, total %.1f s%n",
                    loaded, (rowsDone - start) / 1e9, (end - rowsDone) / 1e9, (end - start) / 1e9);
            printSizes(connection);
        }
    }

    static UUID tenantId(int number) {
        return UUID.nameUUIDFromBytes(("pitwall-bench-tenant-" + number).getBytes(StandardCharsets.UTF_8));
    }

    static String ownerEmail(int number) {
        return "owner@bench-%03d.example".formatted(number);
    }

    private static boolean load(Connection connection, int number, int customers, int vehicles, String hash)
            throws SQLException {
        UUID tenant = tenantId(number);
        UUID main = UUID.nameUUIDFromBytes((tenant + ":main").getBytes(StandardCharsets.UTF_8));
        UUID north = UUID.nameUUIDFromBytes((tenant + ":north").getBytes(StandardCharsets.UTF_8));
        connection.setAutoCommit(false);
        try {
            execute(connection, "SELECT set_config('pitwall.tenant_id', ?, true)", tenant.toString());
            if (exists(connection, tenant)) {
                connection.rollback();
                return false;
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET LOCAL synchronous_commit = off");
                statement.execute("SET LOCAL work_mem = '256MB'");
                statement.execute("SET LOCAL gin_pending_list_limit = '64MB'");
            }
            execute(connection, "SELECT setseed(?)", number / 1000.0);
            execute(
                    connection,
                    "INSERT INTO tenant (id, name) VALUES (?, ?)",
                    tenant,
                    "Bench Motors %03d".formatted(number));
            String location = """
                    INSERT INTO location (tenant_id, id, name, kind, street, city, region, postal_code, country,
                                          time_zone, currency, labor_tax_rate, parts_tax_rate)
                    VALUES (?, ?, ?, 'REPAIR_SHOP', ?, 'Springfield', 'IL', '62701', 'US', 'America/Chicago', 'USD',
                            0, 0.0625)""";
            execute(connection, location, tenant, main, "Main Street", "100 Main St");
            execute(connection, location, tenant, north, "Northside", "2200 N Dirksen Pkwy");
            execute(
                    connection,
                    """
                    INSERT INTO user_account (tenant_id, id, email, name, password_hash, role, all_locations)
                    VALUES (?, ?, ?, ?, ?, 'OWNER', true)""",
                    tenant,
                    UUID.nameUUIDFromBytes((tenant + ":owner").getBytes(StandardCharsets.UTF_8)),
                    ownerEmail(number),
                    "Owner %03d".formatted(number),
                    hash);
            execute(
                    connection,
                    TenantDataSql.CUSTOMERS,
                    tenant,
                    main,
                    north,
                    customers,
                    array(connection, SampleShopData.FIRST_NAMES),
                    array(connection, SampleShopData.LAST_NAMES),
                    array(connection, SampleShopData.COMPANY_SUFFIXES),
                    array(connection, SampleShopData.EMAIL_DOMAINS),
                    array(connection, SampleShopData.AREA_CODES),
                    array(connection, SampleShopData.STREETS),
                    array(connection, SampleShopData.CITIES),
                    array(connection, SampleShopData.NOTES));
            execute(
                    connection,
                    TenantDataSql.VEHICLES,
                    tenant,
                    main,
                    north,
                    customers,
                    vehicles,
                    array(connection, SampleShopData.VEHICLES),
                    array(connection, SampleShopData.COLOURS),
                    array(connection, SampleShopData.STATES));
            connection.commit();
            return true;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static boolean exists(Connection connection, UUID tenant) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM tenant WHERE id = ?")) {
            query.setObject(1, tenant);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static void vacuumAndAnalyze(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET maintenance_work_mem = '512MB'");
            for (String table : List.of("tenant", "location", "user_account", "customer", "vehicle")) {
                statement.execute("VACUUM (ANALYZE) " + table);
            }
        }
    }

    private static void printSizes(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        SELECT 'database pitwall', pg_size_pretty(pg_database_size('pitwall'))
                        UNION ALL
                        SELECT relname || ' (heap | indexes)',
                               pg_size_pretty(pg_table_size(oid)) || ' | ' || pg_size_pretty(pg_indexes_size(oid))
                        FROM pg_class WHERE relname IN ('customer', 'vehicle')
                        UNION ALL
                        SELECT 'index ' || relname, pg_size_pretty(pg_relation_size(oid))
                        FROM pg_class WHERE relkind = 'i' AND relname ~ '^(customer|vehicle)_'""")) {
            while (rows.next()) {
                System.out.printf("%-40s %s%n", rows.getString(1), rows.getString(2));
            }
        }
    }

    private static java.sql.Array array(Connection connection, List<String> values) throws SQLException {
        return connection.createArrayOf("text", values.toArray());
    }

    private static void execute(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.execute();
        }
    }
}
