package app.pitwall.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.text.ParseException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Amounts are read as people type them in their locale; what is no number is refused, never guessed. */
class AmountFormatterTest {

    final AmountFormatter formatter = new AmountFormatter();

    @Test
    void aCurrencySymbolAndGroupingAreAcceptedInTheReadersLocale() throws ParseException {
        assertThat(formatter.parse("$12.99", Locale.US)).isEqualByComparingTo("12.99");
        assertThat(formatter.parse(" $1,250.00 ", Locale.US)).isEqualByComparingTo("1250.00");
        assertThat(formatter.parse("1.250,50 €", Locale.GERMANY)).isEqualByComparingTo("1250.50");
        assertThat(formatter.parse("1.5", Locale.US)).isEqualByComparingTo("1.5");
    }

    @Test
    void blankIsNoAmount() throws ParseException {
        assertThat(formatter.parse("  ", Locale.US)).isNull();
        assertThat(formatter.parse("$", Locale.US)).isNull();
    }

    @Test
    void textThatIsNoNumberIsRefused() {
        for (String typed : new String[] {"twelve", "12.99.5", "12,99x", "1e5", "0x10", "9".repeat(41)}) {
            assertThatThrownBy(() -> formatter.parse(typed, Locale.US))
                    .as(typed)
                    .isInstanceOf(ParseException.class);
        }
    }

    @Test
    void anAmountIsShownAsAPlainNumber() {
        assertThat(formatter.print(new BigDecimal("120.00"), Locale.US)).isEqualTo("120");
        assertThat(formatter.print(new BigDecimal("54.99"), Locale.GERMANY)).isEqualTo("54.99");
    }
}
