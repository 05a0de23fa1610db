package app.pitwall.billing;

import app.pitwall.platform.Money;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Divides an amount of money into shares by weight so that the shares sum to the amount exactly, to the minor unit
 * (the largest-remainder method): each share is first its exact quota rounded down to the minor unit, then the minor
 * units left over go one each to the shares with the largest remainders, ties to the earlier share. Deterministic:
 * the same amount and weights always give the same shares.
 */
public final class Allocation {

    private Allocation() {}

    /**
     * The shares of {@code amount} (zero or more) by {@code weights} (each zero or more, in the order given).
     *
     * @throws IllegalArgumentException when the amount is not zero but every weight is
     */
    public static List<Money> of(Money amount, List<BigDecimal> weights) {
        if (amount.signum() < 0) {
            Money positive = Money.zero(amount.currency()).minus(amount);
            return of(positive, weights).stream()
                    .map(share -> Money.zero(amount.currency()).minus(share))
                    .toList();
        }
        int scale = Money.scale(amount.currency());
        BigDecimal sum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Money> zeros = weights.stream().map(w -> Money.zero(amount.currency())).toList();
        if (amount.isZero()) {
            return zeros;
        }
        if (sum.signum() <= 0 || weights.stream().anyMatch(w -> w.signum() < 0)) {
            throw new IllegalArgumentException("no positive weight to share " + amount + " by");
        }
        BigInteger units = amount.amount().movePointRight(scale).toBigIntegerExact();
        List<BigInteger> floors = new ArrayList<>();
        List<BigDecimal> remainders = new ArrayList<>();
        for (BigDecimal weight : weights) {
            BigDecimal quota = new BigDecimal(units).multiply(weight).divide(sum, 30, RoundingMode.DOWN);
            BigDecimal floor = quota.setScale(0, RoundingMode.DOWN);
            floors.add(floor.toBigIntegerExact());
            remainders.add(quota.subtract(floor));
        }
        BigInteger left = units.subtract(floors.stream().reduce(BigInteger.ZERO, BigInteger::add));
        List<Integer> byRemainder = IntStream.range(0, weights.size())
                .boxed()
                .sorted(Comparator.comparing((Integer i) -> remainders.get(i))
                        .reversed()
                        .thenComparing(i -> i))
                .toList();
        for (int k = 0; k < left.intValueExact(); k++) {
            int index = byRemainder.get(k % byRemainder.size());
            floors.set(index, floors.get(index).add(BigInteger.ONE));
        }
        return floors.stream()
                .map(f -> new Money(new BigDecimal(f).movePointLeft(scale), amount.currency()))
                .toList();
    }
}
