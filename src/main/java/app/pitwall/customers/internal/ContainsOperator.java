package app.pitwall.customers.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The operator that matches {@code search_text} against a {@code LIKE} pattern: {@code pitwall_search.~~~}, the
 * leakproof {@code LIKE} of {@code db/superuser/leakproof-search.sql}, wherever customers and vehicles have a trigram
 * index in its operator class, or plain {@code LIKE} on a database whose DBA has not run that script (an index merely
 * named like one does not count). Both match the same rows; only {@code ~~~} can use an
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

    /** {@code search_text <operator> :pattern}, for a pattern escaped by {@link #escapeLike}. */
    String operator() {
        String known = operator;
        if (known == null) {
            boolean leakproof = jdbc.sql("""
                            SELECT count(DISTINCT i.indrelid) = 2
                              FROM pg_index i
                              JOIN pg_opclass c ON c.oid = ANY (i.indclass::oid[])
                              JOIN pg_namespace n ON n.oid = c.opcnamespace
                             WHERE i.indrelid IN (to_regclass('customer'), to_regclass('vehicle'))
                               AND n.nspname = 'pitwall_search' AND c.opcname = 'pitwall_trgm_ops'""").query(Boolean.class).single();
            known = leakproof ? "OPERATOR(pitwall_search.~~~)" : "LIKE";
            operator = known;
        }
        return known;
    }

    /** The text with {@code LIKE}'s wildcards and escape character escaped, to stand inside a pattern. */
    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
