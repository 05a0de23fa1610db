package app.pitwall.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Heavy work runs a bounded number at a time, a tenant holds a bounded share, and the rest is refused as busy. */
class HeavyWorkTest {

    final TenantId shop = new TenantId(UUID.randomUUID());
    final TenantId otherShop = new TenantId(UUID.randomUUID());
    final ExecutorService callers = Executors.newFixedThreadPool(8);
    final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        callers.shutdownNow();
    }

    @Test
    void neverMoreThanTheConcurrencyRunAtOnce() throws Exception {
        HeavyWork work = new HeavyWork(2, 8, 8, Duration.ofSeconds(10));
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();

        CompletableFuture<?>[] calls = new CompletableFuture<?>[8];
        for (int i = 0; i < calls.length; i++) {
            calls[i] = CompletableFuture.runAsync(
                    () -> work.run(shop, () -> {
                        most.accumulateAndGet(running.incrementAndGet(), Math::max);
                        Thread.sleep(20);
                        running.decrementAndGet();
                        return null;
                    }),
                    callers);
        }
        CompletableFuture.allOf(calls).get(10, TimeUnit.SECONDS);

        assertThat(most.get()).isEqualTo(2);
        work.destroy();
    }

    @Test
    void aTenantBeyondItsShareIsRefusedAtOnceWhileAnotherTenantStillGetsAPlace() throws Exception {
        HeavyWork work = new HeavyWork(2, 4, 1, Duration.ofSeconds(10));
        CountDownLatch started = new CountDownLatch(1);
        CompletableFuture<String> holding = CompletableFuture.supplyAsync(
                () -> work.run(shop, () -> {
                    started.countDown();
                    release.await();
                    return "printed";
                }),
                callers);
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> work.run(shop, () -> "second"))
                .isInstanceOf(ServiceBusyException.class)
                .hasMessageContaining("Your shop already has documents being prepared");
        assertThat(work.run(otherShop, () -> "theirs")).isEqualTo("theirs");

        release.countDown();
        assertThat(holding.get(5, TimeUnit.SECONDS)).isEqualTo("printed");
        assertThat(work.run(shop, () -> "again")).as("the place is given back").isEqualTo("again");
        work.destroy();
    }

    @Test
    void workThatFindsNoPlaceWithinTheWaitIsRefusedAsBusyAndItsPlaceIsGivenBack() throws Exception {
        HeavyWork work = new HeavyWork(1, 1, 4, Duration.ofMillis(200));
        CountDownLatch started = new CountDownLatch(1);
        CompletableFuture.runAsync(
                () -> work.run(otherShop, () -> {
                    started.countDown();
                    uninterruptibly(release);
                    return null;
                }),
                callers);
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> work.run(shop, () -> "waited"))
                .isInstanceOf(ServiceBusyException.class)
                .satisfies(busy -> assertThat(((ServiceBusyException) busy).retryAfterSeconds())
                        .isPositive());

        release.countDown();
        for (int i = 0; i < 4; i++) {
            assertThat(work.run(shop, () -> "later"))
                    .as("no place of the tenant leaked")
                    .isEqualTo("later");
        }
        work.destroy();
    }

    /** Work such as a PDF render does not stop when interrupted; its caller's wait ends, the work goes on. */
    private static void uninterruptibly(CountDownLatch latch) {
        while (latch.getCount() > 0) {
            try {
                latch.await();
            } catch (InterruptedException ignored) {
                // keeps running, as a render would
            }
        }
    }

    @Test
    void aFailureOfTheWorkIsThrownAsItWas() {
        HeavyWork work = new HeavyWork(1, 1, 1, Duration.ofSeconds(5));

        assertThatThrownBy(() -> work.run(shop, () -> {
                    throw new IllegalArgumentException("unreadable");
                }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unreadable");
        assertThat(work.run(shop, () -> "next")).isEqualTo("next");
        work.destroy();
    }
}
