package app.pitwall.audit.internal;

import app.pitwall.platform.Auditable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which entries to read: a time range, an actor's id, an action (exact, or a prefix when it ends in
 * {@code .} or {@code *}), a subject's type and id, and any of a set of subjects (a customer with
 * their vehicles and repair orders). Null means any.
 */
public record AuditFilter(
        Instant from,
        Instant to,
        String actor,
        String action,
        String subjectType,
        String subjectId,
        List<Auditable.Subject> anyOf) {

    public AuditFilter {
        anyOf = anyOf == null ? null : List.copyOf(anyOf);
    }

    public AuditFilter(Instant from, Instant to, String actor, String action, String subjectType, String subjectId) {
        this(from, to, actor, action, subjectType, subjectId, null);
    }

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
        put(given, "anyOfSubjects", anyOf == null ? null : anyOf.size());
        return given;
    }

    private static void put(Map<String, String> given, String key, Object value) {
        if (value != null) {
            given.put(key, value.toString());
        }
    }
}
