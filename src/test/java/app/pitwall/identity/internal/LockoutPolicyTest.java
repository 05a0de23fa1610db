package app.pitwall.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The waits and locks that make guessing a password or code slow. */
class LockoutPolicyTest {

    @Test
    void theFirstThreeFailuresCostNoWaitThenWaitsDoubleUpToAMinute() {
        assertThat(LockoutPolicy.waitAfter(0)).isZero();
        assertThat(LockoutPolicy.waitAfter(2)).isZero();
        assertThat(LockoutPolicy.waitAfter(3)).isEqualTo(Duration.ofSeconds(1));
        assertThat(LockoutPolicy.waitAfter(4)).isEqualTo(Duration.ofSeconds(2));
        assertThat(LockoutPolicy.waitAfter(8)).isEqualTo(Duration.ofSeconds(32));
        assertThat(LockoutPolicy.waitAfter(9)).isEqualTo(Duration.ofMinutes(1));
        assertThat(LockoutPolicy.waitAfter(500)).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void tenFailuresInFifteenMinutesLockAndEveryRepeatLocksLonger() {
        assertThat(LockoutPolicy.LOCK_AFTER).isEqualTo(10);
        assertThat(LockoutPolicy.WINDOW).isEqualTo(Duration.ofMinutes(15));
        assertThat(LockoutPolicy.lockDuration(1)).isEqualTo(Duration.ofMinutes(15));
        assertThat(LockoutPolicy.lockDuration(2)).isEqualTo(Duration.ofHours(1));
        assertThat(LockoutPolicy.lockDuration(3)).isEqualTo(Duration.ofDays(1));
        assertThat(LockoutPolicy.lockDuration(7)).isEqualTo(Duration.ofDays(1));
    }
}
