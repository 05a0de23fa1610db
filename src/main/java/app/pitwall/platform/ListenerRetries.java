package app.pitwall.platform;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers again the reactions of other modules that did not complete: a listener threw, or its process stopped
 * before or while it ran. The event publication registry keeps every reaction with the change that caused it until
 * the reaction completes; a reaction still incomplete after {@code pitwall.events.retry-after} (one minute; a working
 * one takes milliseconds) is delivered again once Pitwall is ready after a start, and then every {@code
 * pitwall.events.retry-interval}. Listeners are idempotent, so a reaction delivered twice (two instances retrying at
 * once) is harmless.
 */
@Component
class ListenerRetries {

    private static final Logger log = LoggerFactory.getLogger(ListenerRetries.class);

    private final IncompleteEventPublications incomplete;
    private final Duration retryAfter;

    ListenerRetries(
            IncompleteEventPublications incomplete, @Value("${pitwall.events.retry-after:PT1M}") Duration retryAfter) {
        this.incomplete = incomplete;
        this.retryAfter = retryAfter;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        retry();
    }

    @Scheduled(
            fixedDelayString = "${pitwall.events.retry-interval:PT1M}",
            initialDelayString = "${pitwall.events.retry-interval:PT1M}")
    void retry() {
        try {
            incomplete.resubmitIncompletePublicationsOlderThan(retryAfter);
        } catch (RuntimeException e) {
            log.warn("Could not deliver incomplete reactions again; trying again later", e);
        }
    }
}
