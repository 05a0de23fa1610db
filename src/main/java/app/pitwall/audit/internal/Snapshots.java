package app.pitwall.audit.internal;

import app.pitwall.platform.Auditable;
import app.pitwall.platform.Changes;
import app.pitwall.platform.Money;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns what an event carries into the fields an audit entry records.
 *
 * <ul>
 *   <li>An event with neither {@code before} nor {@code after} is its own record: its components are the fields,
 *       without the tenant, the actor and the subject's id (which the entry has anyway).
 *   <li>Otherwise {@code before} and {@code after} are converted, and when both are snapshots of the same type only
 *       the fields that differ are kept, with the ids that say which part changed. The event's own ids (a job's, a
 *       line's) are put in front of each side that has fields.
 * </ul>
 *
 * Values: a record's components by name, in declaration order; an id (a record of one component named {@code value})
 * as that value; {@link Money} as its amount and currency; decimals as plain strings without trailing zeros; enums,
 * currencies and zones by name; lists and maps element by element. A map is taken as it is; nulls are left out of a
 * snapshot that stands alone.
 */
final class Snapshots {

    private Snapshots() {}

    /** The recorded change of an event: its before and after fields, either possibly empty. */
    record Change(Map<String, ?> before, Map<String, ?> after) {}

    static Change of(Auditable event) {
        Object before = event.before();
        Object after = event.after();
        if (before == null && after == null) {
            return event instanceof Record own ? new Change(Map.of(), own(own, event)) : new Change(Map.of(), Map.of());
        }
        Map<String, Object> tags = event instanceof Record own ? ids(own, event) : Map.of();
        if (before instanceof Record was && after instanceof Record is && was.getClass() == is.getClass()) {
            Map<String, Object> wasFields = fields(was, true);
            Map<String, Object> isFields = fields(is, true);
            Changes changes = Changes.of(wasFields, isFields);
            Map<String, Object> identity = ids(is, null);
            return new Change(
                    tagged(tagged(changes.before(), identity), tags), tagged(tagged(changes.after(), identity), tags));
        }
        return new Change(tagged(standalone(before), tags), tagged(standalone(after), tags));
    }

    private static final java.util.Set<String> ENTRY_FIELDS = java.util.Set.of("tenantId", "actorId");

    /** The event's components, less what the entry records anyway. */
    private static Map<String, Object> own(Record event, Auditable auditable) {
        Map<String, Object> fields = new LinkedHashMap<>();
        String subject =
                auditable.subject() == null ? null : auditable.subject().id();
        for (RecordComponent component : event.getClass().getRecordComponents()) {
            Object value = value(read(component, event));
            if (value != null && !ENTRY_FIELDS.contains(component.getName()) && !isSubject(value, subject)) {
                fields.put(component.getName(), value);
            }
        }
        return fields;
    }

    /** The components of id types (records of one {@code value}), less the tenant and the subject. */
    private static Map<String, Object> ids(Record record, Auditable auditable) {
        Map<String, Object> ids = new LinkedHashMap<>();
        String subject = auditable == null || auditable.subject() == null
                ? null
                : auditable.subject().id();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            if (isId(component.getType()) && !ENTRY_FIELDS.contains(component.getName())) {
                Object value = value(read(component, record));
                if (value != null && !isSubject(value, subject)) {
                    ids.put(component.getName(), value);
                }
            }
        }
        return ids;
    }

    private static boolean isId(Class<?> type) {
        if (!type.isRecord()) {
            return false;
        }
        RecordComponent[] components = type.getRecordComponents();
        return components.length == 1 && components[0].getName().equals("value");
    }

    private static boolean isSubject(Object value, String subject) {
        return subject != null && subject.equals(String.valueOf(value));
    }

    private static Map<String, ?> tagged(Map<String, ?> fields, Map<String, Object> tags) {
        if (fields.isEmpty() || tags.isEmpty()) {
            return fields;
        }
        Map<String, Object> tagged = new LinkedHashMap<>(tags);
        tagged.putAll(fields);
        return tagged;
    }

    private static Map<String, ?> standalone(Object snapshot) {
        if (snapshot == null) {
            return Map.of();
        }
        if (snapshot instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked")
            Map<String, ?> fields = (Map<String, ?>) map;
            return fields;
        }
        if (snapshot instanceof Record record) {
            return fields(record, false);
        }
        throw new IllegalArgumentException("An event's before and after are records or maps, not " + snapshot);
    }

    private static Map<String, Object> fields(Record record, boolean keepNulls) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            Object value = value(read(component, record));
            if (value != null || keepNulls) {
                fields.put(component.getName(), value);
            }
        }
        return fields;
    }

    private static Object value(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Money money) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("amount", money.text());
            fields.put("currency", money.currency().getCurrencyCode());
            return fields;
        }
        if (value instanceof BigDecimal number) {
            return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof Currency currency) {
            return currency.getCurrencyCode();
        }
        if (value instanceof ZoneId zone) {
            return zone.getId();
        }
        if (value instanceof Optional<?> optional) {
            return optional.map(Snapshots::value).orElse(null);
        }
        if (value instanceof Record record) {
            RecordComponent[] components = record.getClass().getRecordComponents();
            if (components.length == 1 && components[0].getName().equals("value")) {
                return value(read(components[0], record));
            }
            return fields(record, false);
        }
        if (value instanceof Collection<?> collection) {
            List<Object> values = new ArrayList<>(collection.size());
            collection.forEach(element -> values.add(value(element)));
            return values;
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> values = new LinkedHashMap<>();
            map.forEach((key, member) -> values.put(key instanceof Record ? value(key) : key, value(member)));
            return values;
        }
        return value;
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            java.lang.reflect.Method accessor = component.getAccessor();
            accessor.trySetAccessible();
            return accessor.invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + component + " of " + record.getClass(), e);
        }
    }
}
