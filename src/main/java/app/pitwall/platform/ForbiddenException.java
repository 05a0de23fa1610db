package app.pitwall.platform;

/** The signed-in user may not do this (403). */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
