package app.pitwall.repairorders;

import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.platform.InvalidInputException;
import app.pitwall.support.Lines;
import app.pitwall.support.Orders;
import app.pitwall.support.RandomOrders;
import app.pitwall.support.Seeds;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A property test over thousands of random repair orders (seeded, so a failure names the seed that reproduces it):
 * in every currency and with any tax rates and lines, each job's and each order's totals reconcile to the minor unit
 * (labor + parts + fees − discounts + tax = total), every component is the sum of the rounded line amounts, and each
 * rounded amount is within half a minor unit of the exact value computed independently here.
 */
class TotalsReconcileTest {

    private static final int ORDERS = 5_000;
    private static final List<Currency> CURRENCIES = List.of(
            Currency.getInstance("USD"),
            Currency.getInstance("EUR"),
            Currency.getInstance("JPY"),
            Currency.getInstance("BHD"));

    @Test
    void totalsReconcileToTheMinorUnitOnThousandsOfRandomOrders() {
        Seeds.Seeded seeded = Seeds.random("TotalsReconcileTest");
        Random random = seeded.random();
        int linesChecked = 0;
        for (int n = 0; n < ORDERS; n++) {
            Pricing pricing =
                    new Pricing(CURRENCIES.get(random.nextInt(CURRENCIES.size())), RandomOrders.rate(random), RandomOrders.rate(random));
            RepairOrder order = Orders.estimate(pricing);
            int jobs = 1 + random.nextInt(6);
            for (int j = 0; j < jobs; j++) {
                Job job = order.addJob(Orders.job("Job " + j), null, List.of(), Orders.ADVISOR);
                int lines = random.nextInt(13);
                for (int l = 0; l < lines; l++) {
                    RandomOrders.addLine(order, job, pricing, random);
                }
                linesChecked += job.lines().size();
            }
            declineSome(order, random);
            checkOrder(order, seeded.describe("order " + n));
        }
        assertThat(linesChecked).as(seeded.describe("lines checked")).isGreaterThan(ORDERS * 10);
    }

    private static void checkOrder(RepairOrder order, String context) {
        Pricing pricing = order.pricing();
        BigDecimal half = BigDecimal.ONE.movePointLeft(pricing.scale()).divide(BigDecimal.valueOf(2));
        Totals sum = Totals.zero(pricing.currency());
        BigDecimal signedLines = BigDecimal.ZERO;
        for (Job job : order.jobs()) {
            JobPrice price = job.price();
            Totals totals = price.totals();
            assertThat(totals.reconciles()).as(context).isTrue();
            BigDecimal labor = BigDecimal.ZERO,
                    parts = BigDecimal.ZERO,
                    fees = BigDecimal.ZERO,
                    discounts = BigDecimal.ZERO;
            BigDecimal laborTaxable = BigDecimal.ZERO, partsTaxable = BigDecimal.ZERO;
            BigDecimal laborDiscounts = BigDecimal.ZERO, partsDiscounts = BigDecimal.ZERO;
            for (Line line : job.lines()) {
                BigDecimal amount = price.amountOf(line.id()).amount();
                LineDraft flat = LineDraft.of(line);
                assertThat(amount.scale()).as(context).isEqualTo(pricing.scale());
                if (line.kind() == Line.Kind.LABOR || line.kind() == Line.Kind.PART) {
                    BigDecimal exact = line.kind() == Line.Kind.PART
                            ? flat.quantity().multiply(flat.unitPrice())
                            : flat.hours() != null ? flat.hours().multiply(flat.rate()) : flat.amount();
                    assertThat(amount.subtract(exact).abs()).as(context).isLessThanOrEqualTo(half);
                }
                switch (line.kind()) {
                    case LABOR -> labor = labor.add(amount);
                    case PART -> parts = parts.add(amount);
                    case FEE -> fees = fees.add(amount);
                    case DISCOUNT -> {
                        discounts = discounts.add(amount);
                        if (flat.discountTarget() == Line.TaxClass.LABOR) {
                            laborDiscounts = laborDiscounts.add(amount);
                        } else {
                            partsDiscounts = partsDiscounts.add(amount);
                        }
                    }
                }
                if (line.kind() != Line.Kind.DISCOUNT && line.taxClass() == Line.TaxClass.LABOR) {
                    laborTaxable = laborTaxable.add(amount);
                } else if (line.kind() != Line.Kind.DISCOUNT && line.taxClass() == Line.TaxClass.PARTS) {
                    partsTaxable = partsTaxable.add(amount);
                }
            }
            for (Line line : job.lines()) {
                BigDecimal amount = price.amountOf(line.id()).amount();
                LineDraft flat = LineDraft.of(line);
                BigDecimal exact = null;
                if (line.kind() == Line.Kind.FEE && flat.feeKind() == Line.FeeKind.SHOP_SUPPLIES) {
                    exact = flat.percent()
                            .multiply(labor.add(parts))
                            .movePointLeft(2)
                            .min(flat.cap());
                } else if (line.kind() == Line.Kind.DISCOUNT && flat.percent() != null) {
                    BigDecimal base = flat.discountTarget() == Line.TaxClass.LABOR ? labor : parts;
                    exact = flat.percent().multiply(base).movePointLeft(2);
                }
                if (exact != null) {
                    assertThat(amount.subtract(exact).abs()).as(context).isLessThanOrEqualTo(half);
                }
            }
            assertThat(totals.labor().amount()).as(context).isEqualByComparingTo(labor);
            assertThat(totals.parts().amount()).as(context).isEqualByComparingTo(parts);
            assertThat(totals.fees().amount()).as(context).isEqualByComparingTo(fees);
            assertThat(totals.discounts().amount()).as(context).isEqualByComparingTo(discounts);
            assertThat(laborDiscounts).as(context).isLessThanOrEqualTo(labor);
            assertThat(partsDiscounts).as(context).isLessThanOrEqualTo(parts);
            BigDecimal exactTax = laborTaxable
                    .subtract(laborDiscounts)
                    .max(BigDecimal.ZERO)
                    .multiply(pricing.laborTaxRate())
                    .add(partsTaxable
                            .subtract(partsDiscounts)
                            .max(BigDecimal.ZERO)
                            .multiply(pricing.partsTaxRate()));
            assertThat(totals.tax().amount().subtract(exactTax).abs())
                    .as(context)
                    .isLessThanOrEqualTo(half);
            assertThat(totals.tax().amount().scale()).as(context).isEqualTo(pricing.scale());
            if (job.approvalStatus() != ApprovalStatus.DECLINED) {
                sum = sum.plus(totals);
                signedLines = signedLines
                        .add(labor)
                        .add(parts)
                        .add(fees)
                        .subtract(discounts)
                        .add(totals.tax().amount());
            }
        }
        Totals orderTotals = order.totals();
        assertThat(orderTotals).as(context).isEqualTo(sum);
        assertThat(orderTotals.reconciles()).as(context).isTrue();
        assertThat(orderTotals.total().amount()).as(context).isEqualByComparingTo(signedLines);
    }

    private static void declineSome(RepairOrder order, Random random) {
        List<RepairOrder.JobDecision> decisions = new ArrayList<>();
        for (Job job : order.jobs()) {
            if (random.nextInt(4) == 0) {
                decisions.add(new RepairOrder.JobDecision(
                        job.id(),
                        random.nextBoolean() ? JobApproval.Decision.DECLINED : JobApproval.Decision.APPROVED,
                        null));
            }
        }
        if (!decisions.isEmpty()) {
            order.approve(decisions, Orders.phone(), Orders.ADVISOR);
        }
    }
}
