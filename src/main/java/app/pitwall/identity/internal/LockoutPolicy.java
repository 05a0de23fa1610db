package app.pitwall.identity.internal;

import java.time.Duration;

/**
 * How hard an account is protected against guessing: free attempts, then waits that double from a
 * second up to a minute, and a lock after ten failures within fifteen minutes that lasts fifteen
 * minutes, an hour when repeated within a day, and a day after that.
 */
final class LockoutPolicy {

    static final int LOCK_AFTER = 10;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration REPEAT_WITHIN = Duration.ofDays(1);

    private static final int FREE_ATTEMPTS = 3;
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(1);

    private LockoutPolicy() {}

    /** How long the next attempt must wait after this many recent failures. */
    static Duration waitAfter(int failures) {
        if (failures < FREE_ATTEMPTS) {
            return Duration.ZERO;
        }
        long seconds = 1L << Math.min(failures - FREE_ATTEMPTS, 6);
        return Duration.ofSeconds(Math.min(seconds, LONGEST_WAIT.toSeconds()));
    }

    /** How long the {@code lockCount}-th lock in a row lasts. */
    static Duration lockDuration(int lockCount) {
        return switch (lockCount) {
            case 1 -> Duration.ofMinutes(15);
            case 2 -> Duration.ofHours(1);
            default -> Duration.ofDays(1);
        };
    }
}
