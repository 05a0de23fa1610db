package app.pitwall.billing.receivables;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How late an open balance is on a given day, in the buckets aging reports use: not yet past its due date (current),
 * 1 to 30, 31 to 60, 61 to 90, and more than 90 days past it. A balance due today is current.
 */
public enum AgingBucket {
    CURRENT("current"),
    DAYS_1_30("1-30"),
    DAYS_31_60("31-60"),
    DAYS_61_90("61-90"),
    OVER_90("over-90");

    private final String code;

    AgingBucket(String code) {
        this.code = code;
    }

    /** The bucket's name in the API. */
    public String code() {
        return code;
    }

    /** The bucket of a balance due on {@code due}, as of the end of {@code asOf}. */
    public static AgingBucket of(LocalDate due, LocalDate asOf) {
        long late = ChronoUnit.DAYS.between(due, asOf);
        if (late <= 0) {
            return CURRENT;
        }
        if (late <= 30) {
            return DAYS_1_30;
        }
        if (late <= 60) {
            return DAYS_31_60;
        }
        return late <= 90 ? DAYS_61_90 : OVER_90;
    }
}
