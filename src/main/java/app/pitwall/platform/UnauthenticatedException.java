package app.pitwall.platform;

import app.pitwall.platform.web.ProblemType;

/** The request needs a signed-in user and has none, or its proof of identity was refused (401). */
public class UnauthenticatedException extends RuntimeException {

    private final ProblemType type;

    public UnauthenticatedException(String message) {
        this(ProblemType.UNAUTHENTICATED, message);
    }

    /** A refusal named by a stable type such as {@code invalid-mfa-code}. */
    public UnauthenticatedException(ProblemType type, String message) {
        super(message);
        if (type.status() != 401) {
            throw new IllegalArgumentException(type + " is not a 401");
        }
        this.type = type;
    }

    /** A stable, machine-readable name for the kind of refusal. */
    public ProblemType type() {
        return type;
    }
}
