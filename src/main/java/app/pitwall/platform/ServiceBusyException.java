package app.pitwall.platform;

import java.time.Duration;

/**
 * Pitwall cannot take this piece of work now (503): the few places for heavy work (printing a document, reading an
 * uploaded image) are taken, or this tenant already has its share of them queued. Nothing was changed; the caller may
 * try again after a while.
 */
public class ServiceBusyException extends RuntimeException {

    private final Duration retryAfter;

    public ServiceBusyException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    /** The wait in whole seconds, at least one, for a {@code Retry-After} header. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
