package app.pitwall.platform;

/** The request needs a signed-in user and has none (401). */
public class UnauthenticatedException extends RuntimeException {

    public UnauthenticatedException(String message) {
        super(message);
    }
}
