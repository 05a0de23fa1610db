package app.pitwall.platform;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Names the things a module owns for readers in other modules, above all the audit trail, which
 * shows "Quill, Nora" and "Repair order #1234 · Quill, Nora" instead of ids without ever reading
 * another module's tables. Every module that owns subject types (the {@code type} of an {@link
 * Auditable.Subject}: {@code customer}, {@code user}, {@code repair-order}...) implements it once,
 * as a bean, for its own types; a reader asks each implementation about the types it declares.
 *
 * <p>Each method is called inside a transaction of {@code tenant}, so row-level security holds as
 * everywhere, and answers only names: nothing a reader of the audit trail could not see in the
 * trail itself, never contact details. Ids are the subjects' ids as text; one that is malformed or
 * unknown (a deleted customer) is simply left out.
 */
public interface SubjectNames {

    /** A subject with the name to show for it. */
    record Named(Auditable.Subject subject, String name) {}

    /** The subject types this module names. */
    Set<String> types();

    /** The names of those of {@code ids} (of one of {@link #types()}) that exist, by id. */
    Map<String, String> names(TenantId tenant, String type, Collection<String> ids);

    /**
     * Subjects of one of {@link #types()} to pick from, in the order to show, at most {@code limit}:
     * those matching the typed {@code text}; with no text, all of them for a type with few members
     * (staff, locations) and none for one with many (customers).
     */
    default List<Named> choices(TenantId tenant, String type, String text, int limit) {
        return List.of();
    }

    /**
     * The subjects of this module's types that belong to {@code owner}, of any module: a customer's
     * vehicles (customers), a customer's repair orders and appointments (work orders). A customer's
     * history is the customer's entries and theirs.
     */
    default List<Auditable.Subject> belongingTo(TenantId tenant, Auditable.Subject owner) {
        return List.of();
    }

    /** Those of the ids that are UUIDs, as a query parameter; the others name nothing of a UUID-keyed type. */
    static UUID[] uuids(Collection<String> ids) {
        return ids.stream()
                .map(id -> {
                    try {
                        return id != null && id.length() == 36 ? UUID.fromString(id) : null;
                    } catch (IllegalArgumentException e) {
                        return null;
                    }
                })
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toArray(UUID[]::new);
    }
}
