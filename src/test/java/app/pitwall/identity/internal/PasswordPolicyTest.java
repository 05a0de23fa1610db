package app.pitwall.identity.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.pitwall.platform.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The NIST SP 800-63B password rules: length, breach list, guessability, and a reason for every refusal. */
class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void aLongUnusualPassphraseIsAccepted() {
        assertThatCode(() -> policy.check("password", "lug nut pancake orbit 1987 violet", List.of()))
                .doesNotThrowAnyException();
    }

    @Test
    void noCompositionRulesApply() {
        assertThatCode(() -> policy.check("password", "wobbly ferret juggles marmalade", List.of()))
                .doesNotThrowAnyException();
    }

    @Test
    void elevenCharactersAreTooShortAndTheRefusalSaysSo() {
        assertThatThrownBy(() -> policy.check("password", "Xq7#mP2!vL9", List.of()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at least 12 characters")
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((InvalidInputException) e).fields())
                        .containsKey("password"));
    }

    @Test
    void moreThanAThousandCharactersAreRefused() {
        assertThatThrownBy(() -> policy.check("password", "a".repeat(1001), List.of()))
                .hasMessageContaining("at most 1000");
    }

    @Test
    void aPasswordFromTheBreachListIsRefusedWhateverItsCase() {
        assertThatThrownBy(() -> policy.check("newPassword", "QWERTYUIOP123", List.of()))
                .hasMessageContaining("most common passwords")
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((InvalidInputException) e).fields())
                        .containsKey("newPassword"));
    }

    @Test
    void aLongButGuessablePasswordIsRefusedWithAdvice() {
        assertThatThrownBy(() -> policy.check("password", "passwordpassword1", List.of()))
                .hasMessageStartingWith("The password is too easy to guess.");
        assertThatThrownBy(() -> policy.check("password", "aaaaaaaaaaaaaaaa", List.of()))
                .hasMessageStartingWith("The password is too easy to guess.");
        assertThatThrownBy(() -> policy.check("password", "1234567890123456", List.of()))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theAccountsOwnEmailAndNamesCountAsKnownWords() {
        assertThatThrownBy(() -> policy.check(
                        "password",
                        "hendersonautobody2024",
                        List.of("mike@hendersonautobody.example", "Mike Henderson", "Henderson Auto Body")))
                .hasMessageStartingWith("The password is too easy to guess.");
    }
}
