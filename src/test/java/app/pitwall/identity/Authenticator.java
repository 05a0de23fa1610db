package app.pitwall.identity;

import app.pitwall.support.MutableClock;
import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.security.InvalidKeyException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * An authenticator app holding the secret a user set up, reading the test's clock; plus the recovery
 * codes the user was shown.
 */
public record Authenticator(byte[] secret, List<String> recoveryCodes, MutableClock clock) {

    private static final TimeBasedOneTimePasswordGenerator TOTP =
            new TimeBasedOneTimePasswordGenerator(Duration.ofSeconds(30), 6, "HmacSHA1");

    static byte[] decode(String base32) {
        return new Base32().decode(base32);
    }

    /** The code the app shows now. */
    public String code() {
        return codeAt(clock.instant());
    }

    /** Waits for the app's next code, as a user would, and returns it. */
    public String nextCode() {
        clock.advance(Duration.ofSeconds(30));
        return code();
    }

    public String codeAt(Instant instant) {
        try {
            return TOTP.generateOneTimePasswordString(new SecretKeySpec(secret, "HmacSHA1"), instant, Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A six-digit code this app shows at no step near now. */
    public String wrongCode() {
        Instant now = clock.instant();
        List<String> near = List.of(codeAt(now.minusSeconds(30)), codeAt(now), codeAt(now.plusSeconds(30)));
        for (String candidate : List.of("000000", "111111", "222222", "333333")) {
            if (!near.contains(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("unreachable: four candidates, three codes");
    }
}
