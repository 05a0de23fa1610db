package app.pitwall.bench;

import app.pitwall.customers.internal.CustomerSearchForBenchmark;
import app.pitwall.platform.TenantId;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Prints {@code EXPLAIN (ANALYZE, BUFFERS)} of the customer search exactly as the service sends it: the SQL and the
 * parameter bindings are captured from the service's own {@code CustomerSearch.search} and then replayed behind {@code
 * EXPLAIN}, once as the application role under row-level security and once as the superuser that bypasses it.
 *
 * <p>Arguments: a tenant number, then search terms. Run: {@code ./mvnw -q exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=app.pitwall.bench.ExplainSearch -Dexec.args="1 garc 0142 m"}.
 */
public final class ExplainSearch {

    private ExplainSearch() {}

    /** A statement as the service prepared it: its SQL and the {@code set*} calls that bound its parameters. */
    private record Captured(String sql, List<Object[]> bindings) {}

    public static void main(String[] args) throws Exception {
        BenchEnvironment environment = BenchEnvironment.fromEnvironment();
        int tenant = Integer.parseInt(args[0]);
        TenantId id = new TenantId(SearchDataLoader.tenantId(tenant));
        for (int i = 1; i < args.length; i++) {
            String term = args[i];
            Captured search = capture(environment, id, term);
            System.out.println("==== q='" + term + "' tenant " + tenant);
            System.out.println(search.sql());
            for (String role : List.of(BenchEnvironment.APP, BenchEnvironment.SUPERUSER)) {
                System.out.println("---- as " + role + (role.equals(BenchEnvironment.APP) ? " (RLS)" : " (no RLS)"));
                explain(environment, role, id, search);
            }
        }
    }

    private static Captured capture(BenchEnvironment environment, TenantId tenant, String term) throws SQLException {
        List<Captured> statements = new ArrayList<>();
        try (Connection real = environment.connect(BenchEnvironment.SUPERUSER)) {
            Connection recording = (Connection) Proxy.newProxyInstance(
                    ExplainSearch.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        Object result = invoke(method, real, args);
                        if (method.getName().equals("prepareStatement")) {
                            Captured captured = new Captured((String) args[0], new ArrayList<>());
                            statements.add(captured);
                            return recordingStatement((PreparedStatement) result, captured);
                        }
                        return result;
                    });
            new CustomerSearchForBenchmark(new SingleConnectionDataSource(recording, true)).firstPage(tenant, term, 25);
        }
        return statements.get(
                statements.size() - 1); // the search; before it, ContainsOperator asks which operator to use
    }

    private static PreparedStatement recordingStatement(PreparedStatement real, Captured captured) {
        return (PreparedStatement) Proxy.newProxyInstance(
                ExplainSearch.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class},
                (proxy, method, args) -> {
                    if (method.getName().startsWith("set") && args != null && args.length >= 2) {
                        Object[] binding = new Object[args.length + 1];
                        binding[0] = method;
                        System.arraycopy(args, 0, binding, 1, args.length);
                        captured.bindings().add(binding);
                    }
                    return invoke(method, real, args);
                });
    }

    private static void explain(BenchEnvironment environment, String role, TenantId tenant, Captured search)
            throws Exception {
        try (Connection connection = environment.connect(role)) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            try (PreparedStatement set =
                    connection.prepareStatement("SELECT set_config('pitwall.tenant_id', ?, true)")) {
                set.setString(1, tenant.toString());
                set.execute();
            }
            try (PreparedStatement explain =
                    connection.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + search.sql())) {
                for (Object[] binding : search.bindings()) {
                    Object[] args = new Object[binding.length - 1];
                    System.arraycopy(binding, 1, args, 0, args.length);
                    ((Method) binding[0]).invoke(explain, args);
                }
                try (ResultSet plan = explain.executeQuery()) {
                    while (plan.next()) {
                        System.out.println(plan.getString(1));
                    }
                }
            }
            connection.rollback();
        }
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
