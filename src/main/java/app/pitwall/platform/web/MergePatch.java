package app.pitwall.platform.web;

import app.pitwall.platform.InvalidInputException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a PATCH body (JSON Merge Patch, RFC 7396) asks to clear: the top-level fields it gives as {@code null}; an
 * absent field is kept. {@link MergePatchReading} reads every PATCH body once: a {@code null} text becomes blank and a
 * {@code null} list empty before the body is bound (which is how Pitwall's change records clear them), and every
 * {@code null} field is named here. A handler takes a {@code MergePatch} parameter after its {@code @RequestBody} and
 * says in one call which fields may be cleared ({@link #clearable}), clearing the others than text and lists itself
 * ({@link #clears}); a {@code null} for any other field is bad input, so nothing the caller asked to clear is kept.
 *
 * @param cleared every top-level field given as {@code null}
 * @param blanked those of them that were text or lists, and so reach the body blank or empty
 */
public record MergePatch(Set<String> cleared, Set<String> blanked) {

    public MergePatch {
        cleared = Set.copyOf(cleared);
        blanked = Set.copyOf(blanked);
    }

    /** Whether the patch clears this field ({@code "field": null}). */
    public boolean clears(String field) {
        return cleared.contains(field);
    }

    /**
     * Refuses, naming each, the fields given as {@code null} that are not among {@code fields}, the ones this resource
     * can be without (a required name, a time that must stay, cannot); answers this patch.
     */
    public MergePatch clearable(String... fields) {
        List<String> allowed = Arrays.asList(fields);
        Map<String, String> refused = new LinkedHashMap<>();
        for (String field : cleared) {
            if (!allowed.contains(field)) {
                refused.put(field, "cannot be cleared");
            }
        }
        InvalidInputException.throwIfAny(refused);
        return this;
    }
}
