package app.pitwall.support;

import app.pitwall.repairorders.RepairOrderEvents.RepairOrderOpened;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * A reaction of another module to an order's opening that fails as often as told ({@code pitwall.test.reaction-failures}
 * at start, or {@link #failNext}), then succeeds: what a listener hitting a passing fault, or a process stopping in the
 * middle of one, looks like to the event publication registry.
 */
public class FlakyReaction {

    private final AtomicInteger toFail;
    private final AtomicInteger failures = new AtomicInteger();
    private final Set<String> delivered = ConcurrentHashMap.newKeySet();
    private volatile String lastOrder;

    FlakyReaction(int failures) {
        this.toFail = new AtomicInteger(failures);
    }

    public void failNext(int times) {
        toFail.set(times);
    }

    public int failures() {
        return failures.get();
    }

    public Set<String> delivered() {
        return delivered;
    }

    /** The order of the last opening received, as text. */
    public String lastOrder() {
        return lastOrder;
    }

    @ApplicationModuleListener
    void on(RepairOrderOpened opened) {
        lastOrder = opened.repairOrderId().value().toString();
        if (toFail.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
            failures.incrementAndGet();
            throw new IllegalStateException("failing as told");
        }
        delivered.add(lastOrder);
    }

    /** Adds the reaction to a test's application. */
    public static class Configuration {

        @Bean
        FlakyReaction flakyReaction(@Value("${pitwall.test.reaction-failures:0}") int failures) {
            return new FlakyReaction(failures);
        }
    }
}
