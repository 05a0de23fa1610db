package app.pitwall.platform;

/** The signed-in user may not do this (403). */
public class ForbiddenException extends RuntimeException {

    private final String type;

    public ForbiddenException(String message) {
        this("forbidden", message);
    }

    /**
     * A refusal the caller can act on, named by a stable type such as {@code
     * reauthentication-required} or {@code mfa-enrolment-required}.
     */
    public ForbiddenException(String type, String message) {
        super(message);
        this.type = type;
    }

    /** A stable, machine-readable name for the kind of refusal. */
    public String type() {
        return type;
    }
}
