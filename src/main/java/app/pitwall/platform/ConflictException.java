package app.pitwall.platform;

/** The request clashes with the current state: a stale version, a duplicate, an illegal transition (409). */
public class ConflictException extends RuntimeException {

    private final String type;

    public ConflictException(String type, String message) {
        super(message);
        this.type = type;
    }

    /** A stable, machine-readable name for the kind of conflict, e.g. {@code stale-version}. */
    public String type() {
        return type;
    }
}
