package app.pitwall.support;

import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.platform.InvalidInputException;
import app.pitwall.repairorders.Job;
import app.pitwall.repairorders.JobApproval;
import app.pitwall.repairorders.Line;
import app.pitwall.repairorders.Pricing;
import app.pitwall.repairorders.RepairOrder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Random;

/**
 * Random repair orders for property tests: any currency, tax rates and lines (a line the order refuses, such as a
 * discount above what it discounts, is left off and the order checked unchanged).
 */
public final class RandomOrders {

    public static final List<Currency> CURRENCIES = List.of(
            Currency.getInstance("USD"),
            Currency.getInstance("EUR"),
            Currency.getInstance("JPY"),
            Currency.getInstance("BHD"));

    private RandomOrders() {}

    /** An order of one to six jobs of up to twelve random lines each, every job approved. */
    public static RepairOrder approved(Random random) {
        Pricing pricing = new Pricing(
                CURRENCIES.get(random.nextInt(CURRENCIES.size())),
                rate(random),
                rate(random),
                random.nextBoolean() ? rate(random) : null);
        RepairOrder order = Orders.estimate(pricing);
        int jobs = 1 + random.nextInt(6);
        for (int j = 0; j < jobs; j++) {
            Job job = order.addJob(Orders.job("Job " + j), null, List.of(), Orders.ADVISOR);
            int lines = random.nextInt(13);
            for (int l = 0; l < lines; l++) {
                addLine(order, job, pricing, random);
            }
        }
        List<RepairOrder.JobDecision> decisions = new ArrayList<>();
        order.jobs().forEach(job -> decisions.add(
                new RepairOrder.JobDecision(job.id(), JobApproval.Decision.APPROVED, null)));
        order.approve(decisions, Orders.phone(), Orders.ADVISOR);
        order.drainEvents();
        return order;
    }

    public static void addLine(RepairOrder order, Job job, Pricing pricing, Random random) {
        Line line = switch (random.nextInt(9)) {
            case 0, 1 ->
                Lines.labor("Labor", decimal(random, 1, 2000, 2), money(random, pricing, 300), random.nextBoolean());
            case 2 -> Lines.flatLabor("Flat labor", money(random, pricing, 500), random.nextBoolean());
            case 3, 4 ->
                Lines.part(
                        "Part",
                        "P-" + random.nextInt(999),
                        decimal(random, 1, 20000, 3),
                        money(random, pricing, 500),
                        money(random, pricing, 900),
                        random.nextInt(5) > 0);
            case 5 ->
                Lines.shopSupplies(
                        "Shop supplies", decimal(random, 0, 1500, 2), money(random, pricing, 60), random.nextBoolean());
            case 6 ->
                Lines.fee(
                        random.nextBoolean() ? Line.FeeKind.ENVIRONMENTAL : Line.FeeKind.SUBLET,
                        "Fee",
                        money(random, pricing, 300),
                        null,
                        random.nextBoolean());
            case 7 ->
                Lines.percentDiscount(
                        "Discount",
                        decimal(random, 1, 10000, 2),
                        random.nextBoolean() ? Line.TaxClass.LABOR : Line.TaxClass.PARTS);
            default ->
                Lines.amountDiscount(
                        "Discount",
                        money(random, pricing, 80).max(BigDecimal.ONE),
                        random.nextBoolean() ? Line.TaxClass.LABOR : Line.TaxClass.PARTS);
        };
        int before = job.lines().size();
        BigDecimal totalBefore = job.price().totals().total().amount();
        try {
            order.addLine(job.id(), line, Orders.ADVISOR);
        } catch (InvalidInputException refused) {
            assertThat(job.lines()).hasSize(before);
            assertThat(job.price().totals().total().amount()).isEqualByComparingTo(totalBefore);
        }
    }

    public static BigDecimal rate(Random random) {
        return BigDecimal.valueOf(random.nextInt(20_001), 5);
    }

    /** A random decimal from {@code min} to {@code max} units of the last of {@code scale} digits. */
    public static BigDecimal decimal(Random random, int min, int max, int scale) {
        return BigDecimal.valueOf(min + random.nextInt(max - min + 1), scale).max(BigDecimal.valueOf(1, scale));
    }

    public static BigDecimal money(Random random, Pricing pricing, int maxUnits) {
        return BigDecimal.valueOf(random.nextInt(maxUnits * (int) Math.pow(10, pricing.scale()) + 1), pricing.scale())
                .setScale(pricing.scale(), RoundingMode.UNNECESSARY);
    }
}
