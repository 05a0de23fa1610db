package app.pitwall.identity.internal;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;

/**
 * RFC 6238 time-based one-time passwords as authenticator apps make them: 30-second steps,
 * HMAC-SHA1, 6 digits. A code is checked against the current step and one step either side, for
 * clocks that drift; which step matched is returned so that a code can be refused once used.
 */
final class Totp {

    static final Duration STEP = Duration.ofSeconds(30);
    static final int SECRET_BYTES = 20;

    private static final Totp STANDARD = new Totp(6);

    private final TimeBasedOneTimePasswordGenerator generator;
    private final int digits;

    Totp(int digits) {
        this.digits = digits;
        this.generator = new TimeBasedOneTimePasswordGenerator(
                STEP, digits, TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);
    }

    /** The 6-digit variant every authenticator app uses. */
    static Totp standard() {
        return STANDARD;
    }

    static long stepAt(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), STEP.toSeconds());
    }

    String codeAt(byte[] secret, long step) {
        try {
            return generator.generateOneTimePasswordString(
                    new SecretKeySpec(secret, "HmacSHA1"), Instant.ofEpochSecond(step * STEP.toSeconds()), Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("A TOTP secret was refused as an HMAC key", e);
        }
    }

    String codeAt(byte[] secret, Instant instant) {
        return codeAt(secret, stepAt(instant));
    }

    /** The step within one of {@code now} whose code this is, if any; compared in constant time. */
    OptionalLong matchingStep(byte[] secret, String code, Instant now) {
        if (code == null || code.length() != digits || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return OptionalLong.empty();
        }
        long current = stepAt(now);
        OptionalLong matched = OptionalLong.empty();
        for (long step = current - 1; step <= current + 1; step++) {
            boolean same = MessageDigest.isEqual(
                    codeAt(secret, step).getBytes(StandardCharsets.US_ASCII), code.getBytes(StandardCharsets.US_ASCII));
            if (same && matched.isEmpty()) {
                matched = OptionalLong.of(step);
            }
        }
        return matched;
    }
}
