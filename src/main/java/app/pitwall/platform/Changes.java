package app.pitwall.platform;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;

/** The fields whose values differ between two views of a thing, before and after: what a change event carries. */
public record Changes(Map<String, Object> before, Map<String, Object> after) {

    public static Changes of(Map<String, Object> before, Map<String, Object> after) {
        Map<String, Object> was = new LinkedHashMap<>();
        Map<String, Object> is = new LinkedHashMap<>();
        after.forEach((field, value) -> {
            if (!Objects.equals(before.get(field), value)) {
                was.put(field, before.get(field));
                is.put(field, value);
            }
        });
        before.forEach((field, value) -> {
            if (!after.containsKey(field)) {
                was.put(field, value);
                is.put(field, null);
            }
        });
        return new Changes(was, is);
    }

    /** Runs {@code action} with the differing fields, if any differ. */
    public void ifChanged(BiConsumer<Map<String, Object>, Map<String, Object>> action) {
        if (!after.isEmpty()) {
            action.accept(before, after);
        }
    }
}
