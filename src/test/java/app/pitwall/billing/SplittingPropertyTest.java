package app.pitwall.billing;

import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.platform.ConflictException;
import app.pitwall.platform.Money;
import app.pitwall.repairorders.Job;
import app.pitwall.repairorders.JobId;
import app.pitwall.repairorders.Line;
import app.pitwall.repairorders.LineId;
import app.pitwall.repairorders.RepairOrder;
import app.pitwall.repairorders.Totals;
import app.pitwall.support.RandomOrders;
import app.pitwall.support.Seeds;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A property test over thousands of random orders and random splits (seeded: it prints its seed and takes one with
 * {@code -Dpitwall.seed=}): the invoices of an order, with the tax their payers' exemptions removed, come to the
 * order's approved total to the minor unit; each invoice's lines + fees − discounts + adjustments + tax is its total;
 * each line and tax of the order is divided exactly; deductibles net to zero between payers.
 */
class SplittingPropertyTest {

    private static final int ORDERS = 4_000;

    @Test
    void invoicesOfAnOrderComeToItsApprovedTotalToTheMinorUnit() {
        Seeds.Seeded seeded = Seeds.random("SplittingPropertyTest");
        Random random = seeded.random();
        int split = 0;
        int refused = 0;
        for (int n = 0; n < ORDERS; n++) {
            RepairOrder order = RandomOrders.approved(random);
            Split asked = randomSplit(order, random);
            String context = seeded.describe("order " + n + " split " + asked);
            List<Splitting.Drafted> invoices;
            try {
                invoices = Splitting.split(order.pricing(), order.jobs(), asked, customer(random));
            } catch (ConflictException refusal) {
                assertThat(refusal.type().code()).as(context).isEqualTo("split-invalid");
                refused++;
                continue;
            }
            check(order, invoices, context);
            split++;
        }
        assertThat(split).as(seeded.describe("splits checked")).isGreaterThan(ORDERS * 3 / 4);
        assertThat(refused).as(seeded.describe("splits refused")).isPositive();
    }

    private static void check(RepairOrder order, List<Splitting.Drafted> invoices, String context) {
        Totals approved = order.totals();
        Money zero = Money.zero(order.pricing().currency());
        Money total = zero, exempted = zero, labor = zero, parts = zero, fees = zero, discounts = zero;
        Money adjustments = zero, tax = zero;
        for (Splitting.Drafted invoice : invoices) {
            InvoiceAmounts amounts = invoice.amounts();
            assertThat(amounts.reconciles()).as(context).isTrue();
            assertThat(amounts.total().signum()).as(context).isNotNegative();
            invoice.lines().forEach(line -> assertThat(line.amount().amount().scale())
                    .as(context)
                    .isEqualTo(order.pricing().scale()));
            if (invoice.billTo().taxExempt()) {
                assertThat(amounts.tax().isZero()).as(context).isTrue();
            }
            total = total.plus(amounts.total());
            exempted = exempted.plus(amounts.exemptedTax());
            labor = labor.plus(amounts.labor());
            parts = parts.plus(amounts.parts());
            fees = fees.plus(amounts.fees());
            discounts = discounts.plus(amounts.discounts());
            adjustments = adjustments.plus(amounts.adjustments());
            tax = tax.plus(amounts.tax());
        }
        assertThat(total.plus(exempted)).as(context).isEqualTo(approved.total());
        assertThat(labor).as(context).isEqualTo(approved.labor());
        assertThat(parts).as(context).isEqualTo(approved.parts());
        assertThat(fees).as(context).isEqualTo(approved.fees());
        assertThat(discounts).as(context).isEqualTo(approved.discounts());
        assertThat(adjustments.isZero()).as(context).isTrue();
        assertThat(tax.plus(exempted)).as(context).isEqualTo(approved.tax());
    }

    private static Split randomSplit(RepairOrder order, Random random) {
        List<BillTo> payers = payers(random, order.pricing().currency());
        Split.Basis basis = Split.Basis.values()[random.nextInt(Split.Basis.values().length)];
        if (basis == Split.Basis.WHOLE) {
            return new Split(basis, List.of(new Split.Share(payers.get(0), null, null, null)));
        }
        List<Set<JobId>> jobs = new ArrayList<>();
        List<Set<LineId>> lines = new ArrayList<>();
        payers.forEach(p -> {
            jobs.add(new HashSet<>());
            lines.add(new HashSet<>());
        });
        for (Job job : order.jobs()) {
            jobs.get(random.nextInt(payers.size())).add(job.id());
            for (Line line : job.lines()) {
                lines.get(random.nextInt(payers.size())).add(line.id());
            }
        }
        List<BigDecimal> percents = percents(random, payers.size());
        List<Split.Share> shares = new ArrayList<>();
        for (int p = 0; p < payers.size(); p++) {
            shares.add(new Split.Share(
                    payers.get(p),
                    basis == Split.Basis.JOB ? jobs.get(p) : null,
                    basis == Split.Basis.LINE ? lines.get(p) : null,
                    basis == Split.Basis.PERCENT ? percents.get(p) : null));
        }
        return new Split(basis, shares);
    }

    /** Random whole percentages with two decimals, each at least 0.01, summing to exactly 100. */
    private static List<BigDecimal> percents(Random random, int count) {
        List<BigDecimal> percents = new ArrayList<>();
        int left = 10_000;
        for (int p = 0; p < count - 1; p++) {
            int units = 1 + random.nextInt(left - (count - 1 - p));
            percents.add(BigDecimal.valueOf(units, 2));
            left -= units;
        }
        percents.add(BigDecimal.valueOf(left, 2));
        return percents;
    }

    private static List<BillTo> payers(Random random, java.util.Currency currency) {
        List<BillTo> all = new ArrayList<>(List.of(
                customer(random),
                insurer(random, currency),
                payer(Payer.Kind.WARRANTY, random.nextBoolean()),
                payer(Payer.Kind.FLEET, random.nextBoolean()),
                BillTo.shop()));
        java.util.Collections.shuffle(all, random);
        return List.copyOf(all.subList(0, 1 + random.nextInt(all.size())));
    }

    private static BillTo customer(Random random) {
        return BillTo.customer("Rosa Diaz", random.nextInt(5) == 0);
    }

    private static BillTo insurer(Random random, java.util.Currency currency) {
        int scale = Money.scale(currency);
        Money deductible = random.nextBoolean()
                ? Money.zero(currency)
                : new Money(BigDecimal.valueOf(random.nextInt(500 * (int) Math.pow(10, scale)), scale), currency);
        Payer payer = payerOf(Payer.Kind.INSURANCE, random.nextBoolean());
        return BillTo.of(payer, new BillTo.Claim("CL-" + random.nextInt(9999), "POL-1", "Sam Adjuster", deductible));
    }

    private static BillTo payer(Payer.Kind kind, boolean exempt) {
        return BillTo.of(payerOf(kind, exempt), null);
    }

    private static Payer payerOf(Payer.Kind kind, boolean exempt) {
        return new Payer(PayerId.random(), kind, kind + " Co", null, Payer.Terms.NET_30, null, exempt, 0);
    }
}
