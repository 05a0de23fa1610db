package app.pitwall.billing.accounting;

import app.pitwall.platform.Money;
import java.util.Objects;

/** One tax shown on a document: its name as printed, the sales it was charged on and its amount. */
public record Tax(String name, SalesKind on, Money amount) {

    public Tax {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(amount, "amount");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a tax needs its name");
        }
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("tax " + name + " is negative: " + amount);
        }
    }
}
