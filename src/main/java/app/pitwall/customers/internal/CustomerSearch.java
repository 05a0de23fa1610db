package app.pitwall.customers.internal;

import app.pitwall.customers.Customer;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The customer search of the listing, the API and the audit page's picker: name prefixes and substrings of a
 * customer's or one of its vehicles' text, in name order, one page after a cursor. Every statement names the tenant
 * and, for limited staff, the visible locations; every condition is leakproof, so the indexes serve it under
 * row-level security.
 */
@Repository
class CustomerSearch {

    /** How many matches a substring search collects on each side before it walks the listing instead. */
    static final int COLLECTED = 2_000;

    /** {@link CustomerRows#COLUMNS} of the table aliased {@code c}. */
    private static final String ALIASED_COLUMNS = CustomerRows.COLUMNS.replaceAll("(\\w+)", "c.$1");

    /** The customers a scope may see, after the cursor: the condition every search starts from. */
    private static final String VISIBLE = """
            c.tenant_id = :tenant
                AND (CAST(:locations AS uuid[]) IS NULL OR c.location_id = ANY (CAST(:locations AS uuid[])))
                AND (CAST(:afterKey AS text) IS NULL OR (c.sort_name, c.id) > (CAST(:afterKey AS text), CAST(:afterId AS uuid)))""";

    private final JdbcClient jdbc;
    private final ContainsOperator contains;

    CustomerSearch(JdbcClient jdbc, ContainsOperator contains) {
        this.jdbc = jdbc;
        this.contains = contains;
    }

    /**
     * A page ordered by name. With a query of three or more characters the trigram indexes of
     * customers and vehicles are searched, through the leakproof {@link ContainsOperator} so that they are
     * used under row-level security; shorter queries match the start of the name in any case.
     *
     * <p>The start of the name is matched on {@code name_key}, the stored lower-case name, with {@code
     * starts_with}: unlike {@code ILIKE} and {@code lower()} it is leakproof, so PostgreSQL may use it as an
     * index condition under row-level security. The matching names are collected first and only then ordered
     * (a materialized CTE), because walking the listing index in name order until enough rows match reads most
     * of a tenant's customers when the letters are late in the alphabet (docs/benchmarks.md).
     */
    List<Customer> search(CustomerRows.Scope scope, String query, int limit, Cursor after) {
        String start = query == null || query.isBlank() ? null : query.strip();
        if (start != null && start.length() >= 3) {
            return containing(scope, start, limit, after);
        }
        String nameMatches = start == null ? "" : """
                WITH name_matches AS MATERIALIZED (
                    SELECT c.id, c.sort_name FROM customer c
                    WHERE %s AND starts_with(c.name_key, lower(:start)))
                """.formatted(VISIBLE);
        String matches = start == null ? "" : """
                          AND c.id IN (SELECT id FROM name_matches ORDER BY sort_name, id LIMIT :limit)
                          """;
        return jdbc.sql(nameMatches + "SELECT " + ALIASED_COLUMNS + " FROM customer c WHERE " + VISIBLE + "\n" + matches
                        + """
                        ORDER BY c.sort_name, c.id
                        LIMIT :limit""")
                .param("tenant", scope.tenant().value())
                .param("locations", scope.locations())
                .param("afterKey", after == null ? null : after.key())
                .param("afterId", after == null ? null : after.id())
                .param("start", start)
                .param("limit", limit)
                .query(CustomerRows::customer)
                .list();
    }

    /**
     * Customers whose own search text, or one of whose vehicles' search text, contains the query, in name order.
     *
     * <p>Rare text is best found through the trigram index, all matches collected and sorted; common text
     * ("example" is in most e-mail addresses: sorting 85,000 matches took 300 ms) is best found by walking the
     * name-ordered listing index until a page matches. PostgreSQL's estimate cannot choose between them safely:
     * it takes "walto" for common and walks 94,000 names to reach the Waltons at the end of the alphabet. So
     * the matches are collected first, at most {@link #COLLECTED} on each side; only when a side reaches that
     * many, which makes a walk short, is the page read again by walking ({@link #walking}).
     */
    private List<Customer> containing(CustomerRows.Scope scope, String text, int limit, Cursor after) {
        String operator = contains.operator();
        int[] collected = new int[2];
        List<Customer> page = containingQuery(
                scope, text, limit, after, """
                        WITH by_text AS MATERIALIZED (
                            SELECT c.id, c.sort_name FROM customer c
                             WHERE %1$s AND c.search_text %2$s :pattern
                             LIMIT :collected),
                        by_vehicle AS MATERIALIZED (
                            SELECT c.id, c.sort_name FROM customer c
                             WHERE %1$s AND c.id IN (SELECT v.customer_id FROM vehicle v
                                                      WHERE v.tenant_id = :tenant AND v.search_text %2$s :vehiclePattern)
                             LIMIT :collected),
                        page AS (
                            SELECT id, sort_name FROM by_text UNION SELECT id, sort_name FROM by_vehicle
                             ORDER BY sort_name, id
                             LIMIT :limit)
                        SELECT (SELECT count(*) FROM by_text) AS by_text, (SELECT count(*) FROM by_vehicle) AS by_vehicle,
                               %3$s
                          FROM page JOIN customer c ON c.tenant_id = :tenant AND c.id = page.id
                         ORDER BY page.sort_name, page.id""".formatted(VISIBLE, operator, ALIASED_COLUMNS), (row, index) -> {
                    collected[0] = row.getInt("by_text");
                    collected[1] = row.getInt("by_vehicle");
                    return CustomerRows.customer(row, index);
                });
        if (collected[0] < COLLECTED && collected[1] < COLLECTED) {
            return page;
        }
        return walking(scope, text, limit, after, operator);
    }

    /**
     * The page of {@link #containing} as two name-ordered streams, by the customer's text and by a vehicle's,
     * merged: each is a plain ORDER BY ... LIMIT the planner answers by walking the listing index when the text
     * is common, as it is when this runs. Plans are made for the query's own text ({@code plan_cache_mode}).
     */
    private List<Customer> walking(CustomerRows.Scope scope, String text, int limit, Cursor after, String operator) {
        jdbc.sql("SET LOCAL plan_cache_mode = force_custom_plan").update();
        String stream = """
                (SELECT c.id, c.sort_name FROM customer c
                  WHERE %s AND %s
                  ORDER BY c.sort_name, c.id
                  LIMIT :limit)
                """;
        String byText = stream.formatted(VISIBLE, "c.search_text " + operator + " :pattern");
        String byVehicle = stream.formatted(
                VISIBLE,
                "c.id IN (SELECT v.customer_id FROM vehicle v" + " WHERE v.tenant_id = :tenant AND v.search_text "
                        + operator + " :vehiclePattern)");
        return containingQuery(
                scope,
                text,
                limit,
                after,
                "SELECT " + ALIASED_COLUMNS + " FROM (" + byText + " UNION " + byVehicle + """
                        ) page JOIN customer c ON c.tenant_id = :tenant AND c.id = page.id
                        ORDER BY page.sort_name, page.id
                        LIMIT :limit""",
                CustomerRows::customer);
    }

    private List<Customer> containingQuery(
            CustomerRows.Scope scope, String text, int limit, Cursor after, String sql, RowMapper<Customer> rows) {
        return jdbc.sql(sql)
                .param("tenant", scope.tenant().value())
                .param("locations", scope.locations())
                .param("afterKey", after == null ? null : after.key())
                .param("afterId", after == null ? null : after.id())
                .param("pattern", "%" + ContainsOperator.escapeLike(text.toLowerCase(Locale.ROOT)) + "%")
                .param("vehiclePattern", "%" + ContainsOperator.escapeLike(VehicleRows.normalize(text)) + "%")
                .param("limit", limit)
                .param("collected", COLLECTED)
                .query(rows)
                .list();
    }
}
