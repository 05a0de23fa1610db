package app.pitwall.platform;

import app.pitwall.platform.web.ProblemType;
import java.util.Map;

/**
 * The request clashes with the current state or a business rule refuses it: a stale version, a duplicate, an illegal
 * transition (409), or a rule such as a discount above the cap or a change to a closed order (422). The catalog
 * member says which, and with it the status.
 */
public class ConflictException extends RuntimeException {

    private final ProblemType type;
    private final Map<String, Object> properties;

    public ConflictException(ProblemType type, String message) {
        this(type, message, Map.of());
    }

    /**
     * A conflict whose problem body carries more than the message, e.g. the current and the requested
     * state of an illegal transition.
     */
    public ConflictException(ProblemType type, String message, Map<String, Object> properties) {
        super(message);
        if (type.status() != 409 && type.status() != 422) {
            throw new IllegalArgumentException(type + " is no conflict and no rule refused");
        }
        this.type = type;
        this.properties = Map.copyOf(properties);
    }

    /** The kind of conflict, e.g. {@link ProblemType#STALE_VERSION}. */
    public ProblemType type() {
        return type;
    }

    /** Extra members of the problem body. */
    public Map<String, Object> properties() {
        return properties;
    }
}
