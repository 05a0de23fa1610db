package app.pitwall.identity.internal;

import java.util.concurrent.Semaphore;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Lets at most a fixed number of password hashes run at once; further callers queue. An Argon2id hash takes tens of
 * milliseconds of one core and a 19 MiB block: more hashes in flight than cores only share the same cores more
 * slowly, while each holds its memory (eight at once made G1 put 150 MiB of humongous arrays in the old generation
 * and took the sign-in rate from 27/s with two to 10/s; see docs/benchmarks.md, "Authentication"). Bounding them
 * keeps a burst of sign-ins at the machine's best rate and the memory for hashing at {@code permits} × 19 MiB.
 */
final class BoundedPasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder delegate;
    private final Semaphore permits;

    BoundedPasswordEncoder(PasswordEncoder delegate, int permits) {
        if (permits < 1) {
            throw new IllegalArgumentException("at least one hash must be allowed at a time");
        }
        this.delegate = delegate;
        this.permits = new Semaphore(permits, true);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        acquire();
        try {
            return delegate.encode(rawPassword);
        } finally {
            permits.release();
        }
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        acquire();
        try {
            return delegate.matches(rawPassword, encodedPassword);
        } finally {
            permits.release();
        }
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    private void acquire() {
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to hash a password", e);
        }
    }
}
