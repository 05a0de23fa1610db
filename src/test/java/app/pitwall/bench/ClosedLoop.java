package app.pitwall.bench;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Closed-loop load: {@code clients} threads, each with its own state (its HTTPS connection, its session), send the
 * next request as soon as the previous one is answered, until the run has made {@code requests} measured requests
 * (after each client's {@code warmup} unrecorded ones). The wall time runs from the moment all clients are ready.
 */
final class ClosedLoop {

    /** What one client does: {@link #prepare} once (not timed), then {@link #request} per measured number. */
    interface Client {
        default void prepare() {}

        void request(int number) throws Exception;
    }

    interface Clients {
        Client create(int index) throws Exception;
    }

    private ClosedLoop() {}

    static Latencies.Summary run(int clients, int requests, int warmupPerClient, Clients factory) throws Exception {
        return run(clients, requests, warmupPerClient, 0, factory);
    }

    /**
     * As {@link #run(int, int, int, Clients)}, but each client pauses {@code thinkMillis} on average (uniformly
     * between half and one and a half times it) after each answer, as a person or a polling screen does.
     */
    static Latencies.Summary run(int clients, int requests, int warmupPerClient, int thinkMillis, Clients factory)
            throws Exception {
        Latencies latencies = new Latencies(requests);
        CyclicBarrier ready = new CyclicBarrier(clients + 1);
        CountDownLatch done = new CountDownLatch(clients);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        for (int i = 0; i < clients; i++) {
            int index = i;
            Thread thread = new Thread(
                    () -> {
                        try {
                            Client client = factory.create(index);
                            client.prepare();
                            for (int w = 0; w < warmupPerClient; w++) {
                                client.request(-1 - w);
                            }
                            ready.await();
                            for (int n = latencies.claim(); n >= 0; n = latencies.claim()) {
                                long start = System.nanoTime();
                                client.request(n);
                                latencies.record(n, System.nanoTime() - start);
                                if (thinkMillis > 0) {
                                    Thread.sleep(ThreadLocalRandom.current()
                                            .nextLong(thinkMillis / 2, thinkMillis * 3L / 2 + 1));
                                }
                            }
                        } catch (Throwable e) {
                            failure.compareAndSet(null, e);
                            ready.reset();
                        } finally {
                            done.countDown();
                        }
                    },
                    "client-" + i);
            thread.start();
        }
        long start;
        try {
            ready.await();
            start = System.nanoTime();
            done.await();
        } catch (Exception e) {
            done.await();
            throw new IllegalStateException("A client failed", failure.get() != null ? failure.get() : e);
        }
        long wall = System.nanoTime() - start;
        if (failure.get() != null) {
            throw new IllegalStateException("A client failed", failure.get());
        }
        return latencies.summary(wall);
    }
}
