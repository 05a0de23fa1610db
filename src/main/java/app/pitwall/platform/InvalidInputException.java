package app.pitwall.platform;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Input that failed a rule only the domain can check (a VIN check digit, a card number in a note): 400. It names every
 * offending field it found, so a form can show all of them at once.
 */
public class InvalidInputException extends RuntimeException {

    private final Map<String, String> fields;

    public InvalidInputException(String field, String message) {
        super(message);
        this.fields = Map.of(field, message);
    }

    /** Several fields refused at once, in the order given; {@code fields} must not be empty. */
    public InvalidInputException(Map<String, String> fields) {
        super(
                fields.size() == 1
                        ? fields.values().iterator().next()
                        : fields.entrySet().stream()
                                .map(entry -> entry.getKey() + ": " + entry.getValue())
                                .collect(Collectors.joining("; ")));
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("An invalid input names at least one field");
        }
        this.fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** Throws one exception naming every field in {@code problems}, if there is any. */
    public static void throwIfAny(Map<String, String> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** The offending fields with what is wrong with each. */
    public Map<String, String> fields() {
        return fields;
    }
}
