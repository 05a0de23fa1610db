package app.pitwall.billing.receivables;

import app.pitwall.platform.Money;
import java.util.Currency;
import java.util.EnumMap;
import java.util.Map;

/**
 * Open balances split into the aging buckets, in one currency, with their total; the total is always the sum of the
 * buckets. Immutable: {@link #plus} answers a new one.
 */
public record Aging(Currency currency, Map<AgingBucket, Money> buckets, int invoices) {

    public Aging {
        EnumMap<AgingBucket, Money> copy = new EnumMap<>(AgingBucket.class);
        for (AgingBucket bucket : AgingBucket.values()) {
            Money amount = buckets.getOrDefault(bucket, Money.zero(currency));
            if (!amount.currency().equals(currency)) {
                throw new IllegalArgumentException("aging in " + currency + " cannot hold " + amount);
            }
            copy.put(bucket, amount);
        }
        buckets = Map.copyOf(copy);
    }

    public static Aging zero(Currency currency) {
        return new Aging(currency, Map.of(), 0);
    }

    /** This aging with one more invoice's balance in its bucket. */
    public Aging plus(AgingBucket bucket, Money balance) {
        EnumMap<AgingBucket, Money> sum = new EnumMap<>(buckets);
        sum.put(bucket, sum.get(bucket).plus(balance));
        return new Aging(currency, sum, invoices + 1);
    }

    /** The two agings together. */
    public Aging plus(Aging other) {
        EnumMap<AgingBucket, Money> sum = new EnumMap<>(buckets);
        for (AgingBucket bucket : AgingBucket.values()) {
            sum.put(bucket, sum.get(bucket).plus(other.in(bucket)));
        }
        return new Aging(currency, sum, invoices + other.invoices);
    }

    public Money in(AgingBucket bucket) {
        return buckets.get(bucket);
    }

    /** Everything open, the sum of the buckets. */
    public Money total() {
        Money total = Money.zero(currency);
        for (AgingBucket bucket : AgingBucket.values()) {
            total = total.plus(buckets.get(bucket));
        }
        return total;
    }

    /** What is past due: every bucket but current. */
    public Money pastDue() {
        return total().minus(in(AgingBucket.CURRENT));
    }
}
