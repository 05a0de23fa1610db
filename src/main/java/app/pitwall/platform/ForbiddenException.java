package app.pitwall.platform;

import app.pitwall.platform.web.ProblemType;

/** The signed-in user may not do this (403). */
public class ForbiddenException extends RuntimeException {

    private final ProblemType type;

    public ForbiddenException(String message) {
        this(ProblemType.FORBIDDEN, message);
    }

    /**
     * A refusal the caller can act on, named by a stable type such as {@code
     * reauthentication-required} or {@code mfa-enrolment-required}.
     */
    public ForbiddenException(ProblemType type, String message) {
        super(message);
        if (type.status() != 403) {
            throw new IllegalArgumentException(type + " is not a 403");
        }
        this.type = type;
    }

    /** A stable, machine-readable name for the kind of refusal. */
    public ProblemType type() {
        return type;
    }
}
