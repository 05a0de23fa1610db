package app.pitwall.platform;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link SubjectNames} of a module whose subjects are named by one query each over its own tables: a query takes the
 * tenant and an array of ids and answers {@code id} and {@code name} columns.
 */
public abstract class TableSubjectNames implements SubjectNames {

    private final JdbcClient jdbc;
    private final Map<String, String> queries;

    protected TableSubjectNames(JdbcClient jdbc, Map<String, String> queries) {
        this.jdbc = jdbc;
        this.queries = Map.copyOf(queries);
    }

    @Override
    public Set<String> types() {
        return queries.keySet();
    }

    @Override
    public Map<String, String> names(TenantId tenant, String type, Collection<String> ids) {
        UUID[] wanted = SubjectNames.uuids(ids);
        Map<String, String> names = new LinkedHashMap<>();
        if (wanted.length == 0 || !queries.containsKey(type)) {
            return names;
        }
        jdbc.sql(queries.get(type)).params(tenant.value(), wanted).query(row -> {
            names.put(row.getObject("id", UUID.class).toString(), row.getString("name"));
        });
        return names;
    }

    protected JdbcClient jdbc() {
        return jdbc;
    }
}
