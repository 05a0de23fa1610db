package app.pitwall.platform;

/** The request needs a signed-in user and has none, or its proof of identity was refused (401). */
public class UnauthenticatedException extends RuntimeException {

    private final String type;

    public UnauthenticatedException(String message) {
        this("unauthenticated", message);
    }

    /** A refusal named by a stable type such as {@code invalid-mfa-code}. */
    public UnauthenticatedException(String type, String message) {
        super(message);
        this.type = type;
    }

    /** A stable, machine-readable name for the kind of refusal. */
    public String type() {
        return type;
    }
}
