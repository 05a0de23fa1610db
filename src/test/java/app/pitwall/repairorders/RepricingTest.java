package app.pitwall.repairorders;

import static app.pitwall.support.Orders.ADVISOR;
import static app.pitwall.support.Orders.TEXAS;
import static app.pitwall.support.Orders.job;
import static app.pitwall.support.Orders.phone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.pitwall.platform.ConflictException;
import app.pitwall.platform.InvalidInputException;
import app.pitwall.support.Lines;
import app.pitwall.support.Orders;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A location's new tax rates reach an order as a new version of its jobs: only a job whose customer's total changes
 * needs approving again, what was approved stays recorded as approved, and the order keeps the rates it was priced
 * with until it is repriced.
 */
class RepricingTest {

    static final Pricing HIGHER_LABOR_TAX =
            new Pricing(Currency.getInstance("USD"), new BigDecimal("0.07"), new BigDecimal("0.0825"), BigDecimal.ZERO);

    @Test
    void onlyTheJobWhoseTotalChangesNeedsApprovingAgain() {
        RepairOrder order = Orders.estimate();
        Job taxed = order.addJob(
                job("Front brakes"),
                null,
                List.of(Lines.labor("Replace pads", new BigDecimal("1.5"), new BigDecimal("120"), true)),
                ADVISOR);
        Job untaxed = order.addJob(
                job("Inspection"),
                null,
                List.of(Lines.flatLabor("State inspection", new BigDecimal("25.00"), false)),
                ADVISOR);
        order.approve(
                List.of(
                        new RepairOrder.JobDecision(taxed.id(), JobApproval.Decision.APPROVED, null),
                        new RepairOrder.JobDecision(untaxed.id(), JobApproval.Decision.APPROVED, null)),
                phone(),
                ADVISOR);
        String approvedTaxedTotal = total(order, 0);
        order.drainEvents();

        order.reprice(HIGHER_LABOR_TAX, ADVISOR);

        // 180.00 × 6.25 % = 11.25 before, × 7 % = 12.60 after
        assertThat(approvedTaxedTotal).isEqualTo("191.25");
        assertThat(total(order, 0)).isEqualTo("192.60");
        assertThat(order.jobs().get(0).approvalStatus()).isEqualTo(ApprovalStatus.CHANGED_SINCE_APPROVAL);
        assertThat(order.jobs().get(0).approval().orElseThrow().jobTotal().amount())
                .isEqualByComparingTo("191.25");
        assertThat(total(order, 1)).isEqualTo("25.00");
        assertThat(order.jobs().get(1).approvalStatus()).isEqualTo(ApprovalStatus.APPROVED);
        assertThat(order.pricing()).isEqualTo(HIGHER_LABOR_TAX);
        assertThat(order.drainEvents())
                .singleElement()
                .isInstanceOfSatisfying(RepairOrderEvents.RepairOrderRepriced.class, repriced -> {
                    assertThat(repriced.before()).isEqualTo(TEXAS);
                    assertThat(repriced.after()).isEqualTo(HIGHER_LABOR_TAX);
                });
    }

    @Test
    void feesAreTaxedAtTheirOwnRateOnceTheOrderHasOne() {
        RepairOrder order = Orders.estimate(
                new Pricing(Currency.getInstance("USD"), BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("0.10")));
        order.addJob(
                job("Sublet alignment"),
                null,
                List.of(Lines.fee(Line.FeeKind.SUBLET, "Alignment", new BigDecimal("80.00"), null, true)),
                ADVISOR);

        assertThat(order.totals().tax().amount()).isEqualByComparingTo("8.00");
        assertThat(order.totals().total().amount()).isEqualByComparingTo("88.00");
    }

    @Test
    void theSameRatesMakeNoNewVersion() {
        RepairOrder order = Orders.in(RepairOrder.Status.APPROVED);

        order.reprice(
                new Pricing(Currency.getInstance("USD"), new BigDecimal("0.062500"), new BigDecimal("0.08250"), null),
                ADVISOR);

        assertThat(order.hasNews()).isFalse();
        assertThat(order.jobs().get(0).approvalStatus()).isEqualTo(ApprovalStatus.APPROVED);
    }

    @Test
    void aReadyOrderKeepsItsRatesAndNoOrderChangesCurrency() {
        RepairOrder ready = Orders.in(RepairOrder.Status.READY);
        RepairOrder open = Orders.in(RepairOrder.Status.IN_PROGRESS);

        assertThatThrownBy(() -> ready.reprice(HIGHER_LABOR_TAX, ADVISOR)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> open.reprice(
                        new Pricing(Currency.getInstance("EUR"), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO),
                        ADVISOR))
                .isInstanceOf(InvalidInputException.class);
        assertThat(ready.pricing()).isEqualTo(TEXAS);
        assertThat(open.pricing()).isEqualTo(TEXAS);
    }

    private static String total(RepairOrder order, int job) {
        return order.jobs().get(job).price().totals().total().amount().toPlainString();
    }
}
