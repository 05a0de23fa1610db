package app.pitwall.platform;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.security.concurrent.DelegatingSecurityContextCallable;

/**
 * The few places where work that costs a request's worth of CPU and memory many times over runs: printing a PDF,
 * decoding and downscaling an uploaded image. At most {@code concurrency} pieces run at once, on platform threads of
 * their own (so a long render never holds one of the few carrier threads every virtual-thread request shares); up to
 * {@code queued} more wait, each at most {@code longestWait}; one tenant may hold at most {@code perTenant} of the running and
 * waiting places, so a tenant printing in a loop, or one whose file is slow to process, leaves room for the others.
 * Work that cannot get a place in time is refused with {@link ServiceBusyException} (503, nothing done).
 */
public final class HeavyWork implements DisposableBean {

    private final ThreadPoolExecutor workers;
    private final Duration longestWait;
    private final int perTenant;
    private final ConcurrentHashMap<TenantId, AtomicInteger> held = new ConcurrentHashMap<>();

    /**
     * {@code pitwall.heavy-work.*}: how many pieces run at once ({@code 0}: half the processors, at least one), how
     * many more may wait and for how long ({@code longest-wait}), and how many places one tenant may hold.
     */
    @ConfigurationProperties("pitwall.heavy-work")
    public record Settings(
            @DefaultValue("0") int concurrency,
            @DefaultValue("16") int queued,
            @DefaultValue("4") int perTenant,
            @DefaultValue("10s") Duration longestWait) {

        HeavyWork start() {
            int threads = concurrency > 0
                    ? concurrency
                    : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
            return new HeavyWork(threads, queued, perTenant, longestWait);
        }
    }

    public HeavyWork(int concurrency, int queued, int perTenant, Duration longestWait) {
        if (concurrency < 1 || queued < 0 || perTenant < 1 || longestWait.isNegative()) {
            throw new IllegalArgumentException("concurrency and perTenant must be at least 1, queued and wait not < 0");
        }
        AtomicInteger threads = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(
                concurrency,
                concurrency,
                0,
                TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(Math.max(1, queued)),
                work -> {
                    Thread thread = new Thread(work, "heavy-work-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                },
                new ThreadPoolExecutor.AbortPolicy());
        this.longestWait = longestWait;
        this.perTenant = perTenant;
    }

    /**
     * Runs {@code work} for {@code tenant} in one of the places and answers its result, or refuses with {@link
     * ServiceBusyException} when no place is free within the wait. The work runs with the caller's security context
     * (so its reads see the caller's tenant); a failure of the work is thrown as it was.
     */
    public <T> T run(TenantId tenant, Callable<T> work) {
        Callable<T> asCaller = DelegatingSecurityContextCallable.create(work, null);
        if (!claim(tenant)) {
            throw busy("Your shop already has documents being prepared; try again in a moment.");
        }
        AtomicBoolean released = new AtomicBoolean();
        Runnable release = () -> {
            if (released.compareAndSet(false, true)) {
                release(tenant);
            }
        };
        FutureTask<T> task = new FutureTask<>(() -> {
            try {
                return asCaller.call();
            } finally {
                release.run();
            }
        });
        try {
            workers.execute(task);
        } catch (RejectedExecutionException full) {
            release.run();
            throw busy("Pitwall is preparing many documents right now; try again in a moment.");
        }
        try {
            return task.get(longestWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException late) {
            if (workers.remove(task)) {
                release.run();
            }
            task.cancel(true);
            throw busy("Pitwall is preparing many documents right now; try again in a moment.");
        } catch (InterruptedException interrupted) {
            if (workers.remove(task)) {
                release.run();
            }
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw busy("The request was interrupted before its document was ready.");
        } catch (ExecutionException failed) {
            Throwable cause = failed.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** How many places (running or waiting) {@code tenant} holds now. */
    public int placesHeldBy(TenantId tenant) {
        AtomicInteger count = held.get(tenant);
        return count == null ? 0 : count.get();
    }

    private boolean claim(TenantId tenant) {
        AtomicBoolean claimed = new AtomicBoolean();
        held.compute(tenant, (key, count) -> {
            AtomicInteger current = count == null ? new AtomicInteger() : count;
            if (current.get() < perTenant) {
                current.incrementAndGet();
                claimed.set(true);
            }
            return current;
        });
        return claimed.get();
    }

    private void release(TenantId tenant) {
        held.computeIfPresent(tenant, (key, count) -> count.decrementAndGet() <= 0 ? null : count);
    }

    private ServiceBusyException busy(String message) {
        return new ServiceBusyException(message, Duration.ofSeconds(2));
    }

    @Override
    public void destroy() {
        workers.shutdownNow();
    }
}
