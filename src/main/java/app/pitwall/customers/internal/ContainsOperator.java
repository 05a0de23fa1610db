package app.pitwall.customers.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The operator that matches {@code search_text} against a {@code LIKE} pattern: {@code ~~~}, the leakproof
 * {@code LIKE} of {@code db/superuser/leakproof-search.sql}, wherever its trigram indexes exist, or plain {@code
 * LIKE} on a database whose DBA has not run that script. Both match the same rows; only {@code ~~~} can use an
 * index under row-level security, so without it every search reads all of a tenant's customers and vehicles.
 * Decided at the first search (after the migrations) and kept until restart.
 */
@Component
class ContainsOperator {

    private final JdbcClient jdbc;
    private volatile String operator;

    ContainsOperator(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code search_text <operator> :pattern}, for a pattern escaped by {@link CustomerRows#escapeLike}. */
    String operator() {
        String known = operator;
        if (known == null) {
            boolean leakproof = jdbc.sql("""
                            SELECT to_regclass('customer_contains_idx') IS NOT NULL
                               AND to_regclass('vehicle_contains_idx') IS NOT NULL""").query(Boolean.class).single();
            known = leakproof ? "~~~" : "LIKE";
            operator = known;
        }
        return known;
    }
}
