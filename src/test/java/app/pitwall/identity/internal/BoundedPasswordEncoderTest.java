package app.pitwall.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

/** No more password hashes run at once than the bound, whatever the number of callers; each still gets its answer. */
class BoundedPasswordEncoderTest {

    @Test
    void atMostTheBoundHashAtOnceAndEveryCallerIsAnswered() throws Exception {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        PasswordEncoder slow = new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return "hash:" + raw;
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                int now = running.incrementAndGet();
                most.accumulateAndGet(now, Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                running.decrementAndGet();
                return encoded.equals(encode(raw));
            }
        };
        PasswordEncoder bounded = new BoundedPasswordEncoder(slow, 2);
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> answers = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String password = "password " + i;
                answers.add(callers.submit(() -> {
                    start.await();
                    return bounded.matches(password, "hash:" + password);
                }));
            }
            start.countDown();
            for (Future<Boolean> answer : answers) {
                assertThat(answer.get()).isTrue();
            }
        } finally {
            callers.shutdownNow();
        }

        assertThat(most.get()).isEqualTo(2);
        assertThat(bounded.matches("wrong", "hash:right")).isFalse();
    }

    @Test
    void aBoundBelowOneIsRefused() {
        assertThatThrownBy(() -> new BoundedPasswordEncoder(new BoundedPasswordEncoderTest.Plain(), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static final class Plain implements PasswordEncoder {
        @Override
        public String encode(CharSequence raw) {
            return raw.toString();
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            return raw.toString().equals(encoded);
        }
    }
}
