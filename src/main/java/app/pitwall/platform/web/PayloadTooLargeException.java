package app.pitwall.platform.web;

/** A request body larger than its endpoint reads; answered 413 {@code payload-too-large}. */
class PayloadTooLargeException extends RuntimeException {

    PayloadTooLargeException(long limit) {
        super("The request body is larger than the " + limit + " bytes this endpoint reads; nothing was done.");
    }
}
