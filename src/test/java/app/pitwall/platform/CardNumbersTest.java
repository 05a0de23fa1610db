package app.pitwall.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Card numbers are found in free text; ids that happen to hold a Luhn-valid run of digits are not card numbers. */
class CardNumbersTest {

    @Test
    void aCardNumberIsFoundPlainOrGrouped() {
        assertThat(CardNumbers.containsCardNumber("card 4111111111111111 please"))
                .isTrue();
        assertThat(CardNumbers.containsCardNumber("4111 1111 1111 1111")).isTrue();
        assertThat(CardNumbers.containsCardNumber("4111-1111-1111-1111")).isTrue();
        assertThat(CardNumbers.containsCardNumber("4111 1111 1111 1112")).isFalse();
        assertThat(CardNumbers.containsCardNumber("call 555 010 2233")).isFalse();
    }

    @Test
    void aUuidIsNeverTakenForACardNumber() {
        assertThat(CardNumbers.containsCardNumber("60c51605-cf6e-4f84-bf06-936475563853"))
                .isFalse();
        assertThat(CardNumbers.containsCardNumber("order 60C51605-CF6E-4F84-BF06-936475563853 done"))
                .isFalse();
        for (int i = 0; i < 200_000; i++) {
            String id = UUID.randomUUID().toString();
            assertThat(CardNumbers.containsCardNumber(id)).as(id).isFalse();
        }
    }

    @Test
    void aCardNumberNextToAUuidIsStillFound() {
        assertThat(CardNumbers.containsCardNumber("60c51605-cf6e-4f84-bf06-936475563853 4111111111111111"))
                .isTrue();
    }
}
