package app.pitwall.bench;

import app.pitwall.customers.Customer;
import app.pitwall.customers.CustomerDetails;
import app.pitwall.customers.CustomerId;
import app.pitwall.customers.Vehicle;
import app.pitwall.customers.VehicleId;
import app.pitwall.customers.Vin;
import app.pitwall.customers.internal.CustomerSearchForBenchmark;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Proves that the loaded rows are what the service itself would have stored: for a sample of customers and vehicles
 * of the given tenants it recomputes {@code sort_name} and {@code search_text} with the application's own functions
 * and checks every VIN with {@link Vin#check}. Exits non-zero on the first difference.
 *
 * <p>Run: {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=app.pitwall.bench.SearchDataCheck -Dexec.args="100"} (tenants 1 to 100, 2,000 rows each).
 */
public final class SearchDataCheck {

    private SearchDataCheck() {}

    public static void main(String[] args) throws SQLException {
        int tenants = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int sample = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        BenchEnvironment environment = BenchEnvironment.fromEnvironment();
        long customers = 0;
        long vehicles = 0;
        try (Connection connection = environment.connect(BenchEnvironment.SUPERUSER)) {
            for (int number = 1; number <= tenants; number++) {
                UUID tenant = SearchDataLoader.tenantId(number);
                customers += checkCustomers(connection, tenant, sample);
                vehicles += checkVehicles(connection, tenant, sample);
            }
        }
        System.out.printf(
                "checked %d customers and %d vehicles of %d tenants: sort_name, search_text and VINs are exactly what"
                        + " the service computes%n",
                customers, vehicles, tenants);
    }

    private static int checkCustomers(Connection connection, UUID tenant, int sample) throws SQLException {
        String sql = "SELECT * FROM customer WHERE tenant_id = ? ORDER BY random() LIMIT ?";
        int count = 0;
        try (PreparedStatement query = prepare(connection, sql, tenant, sample);
                ResultSet row = query.executeQuery()) {
            while (row.next()) {
                Customer customer = new Customer(
                        new CustomerId(row.getObject("id", UUID.class)),
                        row.getObject("location_id", UUID.class),
                        Customer.Kind.valueOf(row.getString("kind")),
                        row.getString("first_name"),
                        row.getString("last_name"),
                        row.getString("company_name"),
                        strings(row.getArray("emails")),
                        strings(row.getArray("phones")),
                        new Customer.PostalAddress(null, null, null, null, null),
                        null,
                        false,
                        false,
                        null,
                        null,
                        Instant.EPOCH,
                        Instant.EPOCH,
                        0);
                expect(row.getString("sort_name"), customer.displayName(), "sort_name", customer.id());
                expect(
                        row.getString("search_text"),
                        CustomerDetails.searchText(customer),
                        "search_text",
                        customer.id());
                count++;
            }
        }
        return count;
    }

    private static int checkVehicles(Connection connection, UUID tenant, int sample) throws SQLException {
        String sql = "SELECT * FROM vehicle WHERE tenant_id = ? ORDER BY random() LIMIT ?";
        int count = 0;
        try (PreparedStatement query = prepare(connection, sql, tenant, sample);
                ResultSet row = query.executeQuery()) {
            while (row.next()) {
                UUID id = row.getObject("id", UUID.class);
                String vin = row.getString("vin");
                if (vin != null) {
                    Vin.VinCheck check = Vin.check(vin);
                    if (!check.valid()
                            || !check.warnings().isEmpty()
                            || !check.normalized().equals(vin)) {
                        throw new IllegalStateException("VIN " + vin + " of vehicle " + id + ": " + check);
                    }
                }
                Vehicle vehicle = new Vehicle(
                        new VehicleId(id),
                        new CustomerId(row.getObject("customer_id", UUID.class)),
                        row.getObject("location_id", UUID.class),
                        vin,
                        row.getString("plate"),
                        row.getString("plate_region"),
                        row.getInt("year"),
                        row.getString("make"),
                        row.getString("model"),
                        null,
                        null,
                        row.getString("colour"),
                        List.of(),
                        Instant.EPOCH,
                        Instant.EPOCH,
                        0);
                expect(
                        row.getString("search_text"),
                        CustomerSearchForBenchmark.vehicleSearchText(vehicle),
                        "vehicle search_text",
                        id);
                count++;
            }
        }
        return count;
    }

    private static void expect(String stored, String computed, String what, Object id) {
        if (!stored.equals(computed)) {
            throw new IllegalStateException(
                    what + " of " + id + " is '" + stored + "' but the service computes '" + computed + "'");
        }
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray())
                .map(String.class::cast)
                .toList();
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
