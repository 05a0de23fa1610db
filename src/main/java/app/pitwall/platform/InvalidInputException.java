package app.pitwall.platform;

import java.util.Map;

/** Input that failed a rule only the domain can check (a VIN check digit, a card number in a note): 400. */
public class InvalidInputException extends RuntimeException {

    private final Map<String, String> fields;

    public InvalidInputException(String field, String message) {
        super(message);
        this.fields = Map.of(field, message);
    }

    /** The offending fields with what is wrong with each. */
    public Map<String, String> fields() {
        return fields;
    }
}
