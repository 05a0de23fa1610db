package app.pitwall.customers.internal;

import app.pitwall.customers.Customer;
import app.pitwall.customers.Vehicle;
import app.pitwall.platform.TenantId;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The benchmark's door to the customer search exactly as the service runs it: the same {@link CustomerSearch#search}
 * with its SQL, parameter types and row mapping, but on a connection the benchmark chooses (the application role
 * under row-level security, or a superuser that bypasses it). Also exposes the vehicle search text the service
 * stores, so the benchmark's data loader can be checked against it. Test code only.
 */
public final class CustomerSearchForBenchmark {

    private final CustomerSearch rows;

    public CustomerSearchForBenchmark(DataSource dataSource) {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        this.rows = new CustomerSearch(jdbc, new ContainsOperator(jdbc));
    }

    /**
     * One page of the search as {@code CustomerService.search} asks for it: all locations, first page, one row more
     * than the page size to learn whether there is a next page.
     */
    public List<Customer> firstPage(TenantId tenant, String query, int pageSize) {
        return rows.search(CustomerRows.Scope.of(tenant, true, Set.of()), query, pageSize + 1, null);
    }

    /** What {@code VehicleRows} stores in {@code vehicle.search_text}. */
    public static String vehicleSearchText(Vehicle vehicle) {
        return VehicleRows.searchText(vehicle);
    }
}
