package app.pitwall.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.pitwall.platform.ConflictException;
import app.pitwall.platform.InvalidInputException;
import app.pitwall.platform.Money;
import app.pitwall.repairorders.Job;
import app.pitwall.repairorders.RepairOrder;
import app.pitwall.support.Orders;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * An insurance split with a deductible, on the Texas shop of {@link Orders} (6.25 % on labor): the insurer pays the
 * covered job less the deductible; the customer pays the deductible, the job no one covers and its tax.
 */
class DeductibleSplitTest {

    private static final Currency USD = Currency.getInstance("USD");

    @Test
    void insurerPaysCoveredLessDeductibleAndCustomerPaysDeductibleUncoveredAndTheirTax() {
        RepairOrder order = Orders.in(RepairOrder.Status.IN_PROGRESS);
        Job covered = order.jobs().get(0);
        order.approve(
                List.of(new RepairOrder.JobDecision(
                        order.jobs().get(1).id(), app.pitwall.repairorders.JobApproval.Decision.APPROVED, null)),
                Orders.phone(),
                Orders.ADVISOR);
        Job uncovered = order.jobs().get(1);
        BillTo insurer = BillTo.of(insurance(), new BillTo.Claim("CL-77", "POL-9", "Sam", usd("100.00")));

        List<Splitting.Drafted> invoices = Splitting.split(
                order.pricing(),
                order.jobs(),
                new Split(Split.Basis.JOB, List.of(new Split.Share(insurer, Set.of(covered.id()), null, null))),
                BillTo.customer("Rosa Diaz", false));

        Money coveredTotal = covered.price().totals().total();
        assertThat(coveredTotal).isEqualTo(usd("191.25"));
        assertThat(invoices).hasSize(2);
        assertThat(invoices.get(0).amounts().total()).isEqualTo(coveredTotal.minus(usd("100.00")));
        assertThat(invoices.get(1).billTo().party()).isEqualTo(BillTo.Party.CUSTOMER);
        assertThat(invoices.get(1).amounts().total())
                .isEqualTo(usd("100.00").plus(uncovered.price().totals().total()));
        assertThat(invoices.get(1).amounts().tax()).isEqualTo(uncovered.price().totals().tax());
    }

    @Test
    void aDeductibleAboveTheInsurersShareIsRefused() {
        RepairOrder order = Orders.in(RepairOrder.Status.READY);
        BillTo insurer = BillTo.of(insurance(), new BillTo.Claim("CL-77", null, null, usd("500.00")));

        assertThatThrownBy(() -> Splitting.split(
                        order.pricing(), order.work(), Split.whole(insurer), BillTo.customer("Rosa Diaz", false)))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.type().code()).isEqualTo("split-invalid"))
                .hasMessageContaining("500.00");
    }

    @Test
    void percentagesOverAHundredAndNegativeOnesAreRefused() {
        RepairOrder order = Orders.in(RepairOrder.Status.READY);
        BillTo customer = BillTo.customer("Rosa Diaz", false);
        List<Split.Share> over = List.of(
                new Split.Share(customer, null, null, new BigDecimal("60")),
                new Split.Share(BillTo.shop(), null, null, new BigDecimal("50")));
        List<Split.Share> negative = List.of(
                new Split.Share(customer, null, null, new BigDecimal("110")),
                new Split.Share(BillTo.shop(), null, null, new BigDecimal("-10")));

        assertThatThrownBy(() -> Splitting.split(
                        order.pricing(), order.work(), new Split(Split.Basis.PERCENT, over), customer))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.type().code()).isEqualTo("split-invalid"))
                .hasMessageContaining("110 %");
        assertThatThrownBy(() -> Splitting.split(
                        order.pricing(), order.work(), new Split(Split.Basis.PERCENT, negative), customer))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.fields()).containsKey("shares[0].percent"));
    }

    private static Payer insurance() {
        return new Payer(PayerId.random(), Payer.Kind.INSURANCE, "Lone Star Mutual", null, null, null, false, 0);
    }

    private static Money usd(String amount) {
        return Money.exact(new BigDecimal(amount), USD);
    }
}
