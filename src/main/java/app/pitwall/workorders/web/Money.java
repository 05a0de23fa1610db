package app.pitwall.workorders.web;

import app.pitwall.workorders.Totals;
import java.math.BigDecimal;

/** Money as the API writes it: decimal strings (never binary floating point), with the currency given alongside. */
final class Money {

    private Money() {}

    static String text(BigDecimal amount) {
        return amount == null ? null : amount.toPlainString();
    }

    /** Totals as strings; what lists and documents show. */
    record TotalsView(String labor, String parts, String fees, String discounts, String tax, String total) {

        static TotalsView of(Totals totals) {
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
