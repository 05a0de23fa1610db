package app.pitwall.repairorders;

import app.pitwall.platform.CardNumbers;
import app.pitwall.platform.InvalidInputException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What staff write on a repair order besides its jobs. As a change, null fields leave the current value and a blank
 * note clears it.
 *
 * @param technicianIds technicians assigned to the whole order (each job may name its own as well)
 * @param concerns the customer's concerns in their words, one per entry
 */
public record OrderDetails(
        UUID serviceAdvisorId,
        List<UUID> technicianIds,
        Integer odometerIn,
        Integer odometerOut,
        Instant promisedAt,
        List<String> concerns,
        String internalNotes) {

    /** Details of a new order: absent lists empty, blank notes none, and the advisor given or {@code advisor}. */
    public static OrderDetails initial(OrderDetails given, UUID advisor) {
        OrderDetails none = new OrderDetails(advisor, List.of(), null, null, null, List.of(), null);
        return given == null ? none : none.with(given);
    }

    /** The fields a change may empty (the others are emptied by a blank note or an empty list, or not at all). */
    public enum Clearable {
        PROMISED_AT("promisedAt"),
        ODOMETER_IN("odometerIn"),
        ODOMETER_OUT("odometerOut");

        private final String field;

        Clearable(String field) {
            this.field = field;
        }

        /** The field's name in the API and in the audit trail. */
        public String field() {
            return field;
        }

        /** The one named {@code field}, or empty. */
        public static java.util.Optional<Clearable> named(String field) {
            return java.util.Arrays.stream(values())
                    .filter(one -> one.field.equals(field))
                    .findFirst();
        }
    }

    /** This with {@code fields} emptied. */
    public OrderDetails without(java.util.Set<Clearable> fields) {
        return new OrderDetails(
                serviceAdvisorId,
                technicianIds,
                fields.contains(Clearable.ODOMETER_IN) ? null : odometerIn,
                fields.contains(Clearable.ODOMETER_OUT) ? null : odometerOut,
                fields.contains(Clearable.PROMISED_AT) ? null : promisedAt,
                concerns,
                internalNotes);
    }

    /** This with the non-null fields of {@code change} applied. */
    public OrderDetails with(OrderDetails change) {
        return new OrderDetails(
                change.serviceAdvisorId != null ? change.serviceAdvisorId : serviceAdvisorId,
                change.technicianIds != null ? List.copyOf(change.technicianIds) : technicianIds,
                change.odometerIn != null ? change.odometerIn : odometerIn,
                change.odometerOut != null ? change.odometerOut : odometerOut,
                change.promisedAt != null ? change.promisedAt : promisedAt,
                change.concerns != null ? clean(change.concerns) : concerns,
                change.internalNotes == null
                        ? internalNotes
                        : change.internalNotes.isBlank() ? null : change.internalNotes.strip());
    }

    OrderDetails validated() {
        odometer("odometerIn", odometerIn);
        odometer("odometerOut", odometerOut);
        if (odometerIn != null && odometerOut != null && odometerOut < odometerIn) {
            throw new InvalidInputException("odometerOut", "must not be less than odometer in (" + odometerIn + ")");
        }
        if (technicianIds.size() > 10 || technicianIds.stream().distinct().count() != technicianIds.size()) {
            throw new InvalidInputException("technicianIds", "at most 10 different technicians");
        }
        if (concerns.size() > 20) {
            throw new InvalidInputException("concerns", "at most 20 concerns");
        }
        for (int i = 0; i < concerns.size(); i++) {
            text("concerns[" + i + "]", concerns.get(i), 1000);
        }
        text("internalNotes", internalNotes, 4000);
        return this;
    }

    Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("serviceAdvisorId", serviceAdvisorId);
        fields.put("technicianIds", technicianIds);
        fields.put("odometerIn", odometerIn);
        fields.put("odometerOut", odometerOut);
        fields.put("promisedAt", promisedAt == null ? null : promisedAt.toString());
        fields.put("concerns", concerns);
        fields.put("internalNotes", internalNotes);
        return fields;
    }

    static List<String> clean(List<String> values) {
        return values.stream()
                .filter(value -> value != null && !value.isBlank())
                .map(String::strip)
                .toList();
    }

    private static void odometer(String field, Integer value) {
        if (value != null && (value < 0 || value > 10_000_000)) {
            throw new InvalidInputException(field, "must be between 0 and 10000000");
        }
    }

    private static void text(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new InvalidInputException(field, "at most " + max + " characters");
        }
        if (CardNumbers.containsCardNumber(value)) {
            throw new InvalidInputException(field, "looks like a payment card number; Pitwall never stores those");
        }
    }
}
