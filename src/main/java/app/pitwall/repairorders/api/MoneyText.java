package app.pitwall.repairorders.api;

import app.pitwall.platform.Money;
import app.pitwall.repairorders.Totals;
import java.math.BigDecimal;

/** Money as the API writes it: decimal strings (never binary floating point), with the currency given alongside. */
public final class MoneyText {

    private MoneyText() {}

    public static String text(Money money) {
        return money == null ? null : money.text();
    }

    /** A price or rate as typed (it may carry finer digits than money, like a rate per hour). */
    public static String text(BigDecimal amount) {
        return amount == null ? null : amount.toPlainString();
    }

    /** Totals as strings; what lists and documents show. */
    public record TotalsView(String labor, String parts, String fees, String discounts, String tax, String total) {

        public static TotalsView of(Totals totals) {
            return totals == null
                    ? null
                    : new TotalsView(
                            text(totals.labor()),
                            text(totals.parts()),
                            text(totals.fees()),
                            text(totals.discounts()),
                            text(totals.tax()),
                            text(totals.total()));
        }
    }
}
