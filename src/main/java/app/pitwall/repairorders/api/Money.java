package app.pitwall.repairorders.api;

import app.pitwall.repairorders.Totals;
import java.math.BigDecimal;

/** Money as the API writes it: decimal strings (never binary floating point), with the currency given alongside. */
public final class Money {

    private Money() {}

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
