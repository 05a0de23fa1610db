package app.pitwall.platform;

import java.util.Map;

/** The request clashes with the current state: a stale version, a duplicate, an illegal transition (409). */
public class ConflictException extends RuntimeException {

    private final String type;
    private final Map<String, Object> properties;

    public ConflictException(String type, String message) {
        this(type, message, Map.of());
    }

    /**
     * A conflict whose problem body carries more than the message, e.g. the current and the requested
     * state of an illegal transition.
     */
    public ConflictException(String type, String message, Map<String, Object> properties) {
        super(message);
        this.type = type;
        this.properties = Map.copyOf(properties);
    }

    /** A stable, machine-readable name for the kind of conflict, e.g. {@code stale-version}. */
    public String type() {
        return type;
    }

    /** Extra members of the problem body. */
    public Map<String, Object> properties() {
        return properties;
    }
}
