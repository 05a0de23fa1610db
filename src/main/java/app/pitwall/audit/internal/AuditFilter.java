package app.pitwall.audit.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which entries to read: a time range, an actor's id, an action (exact, or a prefix when it ends in
 * {@code .} or {@code *}), and a subject's type and id. Null means any.
 */
public record AuditFilter(Instant from, Instant to, String actor, String action, String subjectType, String subjectId) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }

    /** The filters that were set, for the record of an export. */
    public Map<String, String> given() {
        Map<String, String> given = new LinkedHashMap<>();
        put(given, "from", from);
        put(given, "to", to);
        put(given, "actor", actor);
        put(given, "action", action);
        put(given, "subjectType", subjectType);
        put(given, "subjectId", subjectId);
        return given;
    }

    private static void put(Map<String, String> given, String key, Object value) {
        if (value != null) {
            given.put(key, value.toString());
        }
    }
}
