package app.pitwall.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 6238 Appendix B's SHA-1 reference values, and the ±1 step window authenticator apps rely on. */
class TotpTest {

    private static final byte[] RFC_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest(name = "T = {0} gives {1}")
    @CsvSource({
        "59, 94287082",
        "1111111109, 07081804",
        "1111111111, 14050471",
        "1234567890, 89005924",
        "2000000000, 69279037",
        "20000000000, 65353130"
    })
    void eightDigitCodesMatchTheRfc6238ReferenceValues(long seconds, String expected) {
        assertThat(new Totp(8).codeAt(RFC_SEED, Instant.ofEpochSecond(seconds))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "T = {0} gives {1}")
    @CsvSource({
        "59, 287082",
        "1111111109, 081804",
        "1111111111, 050471",
        "1234567890, 005924",
        "2000000000, 279037",
        "20000000000, 353130"
    })
    void sixDigitCodesAreTheLastSixDigitsOfTheReferenceValues(long seconds, String expected) {
        assertThat(Totp.standard().codeAt(RFC_SEED, Instant.ofEpochSecond(seconds)))
                .isEqualTo(expected);
    }

    @Test
    void aCodeIsAcceptedOneStepEitherSideButNotTwo() {
        Instant now = Instant.ofEpochSecond(1_111_111_111L);
        long step = Totp.stepAt(now);
        Totp totp = Totp.standard();

        assertThat(totp.matchingStep(RFC_SEED, totp.codeAt(RFC_SEED, step - 1), now))
                .hasValue(step - 1);
        assertThat(totp.matchingStep(RFC_SEED, totp.codeAt(RFC_SEED, step), now))
                .hasValue(step);
        assertThat(totp.matchingStep(RFC_SEED, totp.codeAt(RFC_SEED, step + 1), now))
                .hasValue(step + 1);
        assertThat(totp.matchingStep(RFC_SEED, totp.codeAt(RFC_SEED, step - 2), now))
                .isEmpty();
        assertThat(totp.matchingStep(RFC_SEED, totp.codeAt(RFC_SEED, step + 2), now))
                .isEmpty();
    }

    @Test
    void malformedCodesNeverMatch() {
        Instant now = Instant.ofEpochSecond(59);

        assertThat(Totp.standard().matchingStep(RFC_SEED, "28708", now)).isEmpty();
        assertThat(Totp.standard().matchingStep(RFC_SEED, "2870821", now)).isEmpty();
        assertThat(Totp.standard().matchingStep(RFC_SEED, "28708a", now)).isEmpty();
        assertThat(Totp.standard().matchingStep(RFC_SEED, null, now)).isEmpty();
    }
}
