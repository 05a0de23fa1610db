package app.pitwall.audit.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * One audit entry as the audit page shows it: when, what, who (with role), on what, from where, and
 * each changed field as before and after.
 */
record AuditRow(
        long seq,
        String time,
        String action,
        String actor,
        String role,
        String subjectType,
        String subjectId,
        String source,
        List<String> changes,
        String hash) {

    private static final int LONGEST_VALUE = 120;

    static AuditRow of(JsonNode entry) {
        JsonNode actor = entry.path("actor");
        String who = actor.path("name").asString(actor.path("id").asString(""));
        String kind = actor.path("kind").asString("");
        return new AuditRow(
                entry.path("seq").asLong(),
                entry.path("time").asString("").replace('T', ' ').replaceAll("\\.\\d+Z$", "Z"),
                entry.path("action").asString(""),
                who.isEmpty() ? kind : who,
                actor.path("role").asString(""),
                entry.path("subject").path("type").asString(""),
                entry.path("subject").path("id").asString(""),
                entry.path("request").path("source").asString(""),
                changes(entry.path("change")),
                entry.path("hash").asString(""));
    }

    private static List<String> changes(JsonNode change) {
        JsonNode before = change.path("before");
        JsonNode after = change.path("after");
        Set<String> fields = new LinkedHashSet<>();
        before.propertyNames().forEach(fields::add);
        after.propertyNames().forEach(fields::add);
        List<String> lines = new ArrayList<>();
        for (String field : fields) {
            if (before.has(field)) {
                lines.add(field + ": " + text(before.get(field)) + " → " + text(after.get(field)));
            } else {
                lines.add(field + ": " + text(after.get(field)));
            }
        }
        return lines;
    }

    private static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return "—";
        }
        String text = value.isString() ? value.asString() : value.toString();
        return text.length() > LONGEST_VALUE ? text.substring(0, LONGEST_VALUE) + "…" : text;
    }
}
