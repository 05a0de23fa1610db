package app.pitwall.repairorders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.pitwall.platform.InvalidInputException;
import app.pitwall.support.Lines;
import app.pitwall.support.Orders;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Worked examples of the rounding rule and the order of computation documented on {@link Pricing}. */
class PricingTest {

    @Test
    void aBrakeJobComesToTheCentAsWorkedOutByHand() {
        Line labor = Lines.labor("Replace front pads", new BigDecimal("1.5"), new BigDecimal("120.00"), true);
        Line pads =
                Lines.part("Pads", "BP-1", new BigDecimal("1.5"), new BigDecimal("6"), new BigDecimal("16.46"), true);
        Line supplies = Lines.shopSupplies("Shop supplies", new BigDecimal("5"), new BigDecimal("35.00"), true);
        Line disposal = Lines.fee(Line.FeeKind.ENVIRONMENTAL, "Disposal", new BigDecimal("3.50"), null, false);
        Line discount = Lines.percentDiscount("Loyalty", new BigDecimal("10"), Line.TaxClass.LABOR);

        JobPrice price = Orders.TEXAS.price(List.of(labor, pads, supplies, disposal, discount));

        assertThat(price.amountOf(labor.id()).amount()).isEqualByComparingTo("180.00");
        assertThat(price.amountOf(pads.id()).amount()).isEqualByComparingTo("24.69");
        assertThat(price.amountOf(supplies.id()).amount()).isEqualByComparingTo("10.23");
        assertThat(price.amountOf(discount.id()).amount()).isEqualByComparingTo("18.00");
        assertThat(price.laborTaxBase().amount()).isEqualByComparingTo("162.00");
        assertThat(price.partsTaxBase().amount()).isEqualByComparingTo("34.92");
        // 162.00 × 0.0625 + 34.92 × 0.0825 = 10.125 + 2.8809 = 13.0059, rounded once
        assertThat(price.totals().tax().amount()).isEqualByComparingTo("13.01");
        assertThat(price.totals().fees().amount()).isEqualByComparingTo("13.73");
        assertThat(price.totals().total().amount()).isEqualByComparingTo("213.43");
        assertThat(price.totals().reconciles()).isTrue();
    }

    @Test
    void halfACentRoundsUp() {
        Line labor = Lines.labor("Diagnosis", new BigDecimal("0.25"), new BigDecimal("0.50"), false);

        assertThat(Orders.TEXAS.price(List.of(labor)).amountOf(labor.id()).amount())
                .isEqualByComparingTo("0.13");
    }

    @Test
    void shopSuppliesStopAtTheirCap() {
        Line labor = Lines.flatLabor("Engine swap", new BigDecimal("4000.00"), true);
        Line supplies = Lines.shopSupplies("Shop supplies", new BigDecimal("5"), new BigDecimal("35.00"), true);

        assertThat(Orders.TEXAS
                        .price(List.of(labor, supplies))
                        .amountOf(supplies.id())
                        .amount())
                .isEqualByComparingTo("35.00");
    }

    @Test
    void yenHaveNoMinorUnit() {
        Pricing tokyo = new Pricing(Currency.getInstance("JPY"), new BigDecimal("0.10"), new BigDecimal("0.10"));
        Line labor = Lines.labor("Inspection", new BigDecimal("1.25"), new BigDecimal("8001"), true);

        JobPrice price = tokyo.price(List.of(labor));

        assertThat(price.amountOf(labor.id()).amount()).isEqualByComparingTo("10001");
        assertThat(price.totals().tax().amount()).isEqualByComparingTo("1000");
        assertThat(price.totals().total().amount().scale()).isZero();
        assertThatThrownBy(() -> tokyo.checked(Lines.flatLabor("Wash", new BigDecimal("500.5"), true)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("0 decimal places in JPY");
    }

    @Test
    void exemptLinesAddNoTaxAndAPartsDiscountNeverMakesTheBaseNegative() {
        Line part = Lines.part("Tyre", null, BigDecimal.ONE, null, new BigDecimal("100"), false);
        Line discount = Lines.amountDiscount("Price match", new BigDecimal("20"), Line.TaxClass.PARTS);

        JobPrice price = Orders.TEXAS.price(List.of(part, discount));

        assertThat(price.partsTaxBase().amount()).isEqualByComparingTo("0");
        assertThat(price.totals().tax().amount()).isEqualByComparingTo("0");
        assertThat(price.totals().total().amount()).isEqualByComparingTo("80.00");
    }

    @Test
    void aJobRefusesDiscountsLargerThanWhatTheyDiscountAndStaysAsItWas() {
        RepairOrder order = Orders.estimate();
        Job job = order.addJob(
                Orders.job("Alignment"),
                null,
                List.of(Lines.flatLabor("Align", new BigDecimal("90.00"), true)),
                Orders.ADVISOR);

        assertThatThrownBy(() -> order.addLine(
                        job.id(),
                        Lines.amountDiscount("Too much", new BigDecimal("90.01"), Line.TaxClass.LABOR),
                        Orders.ADVISOR))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("labor discounts");
        assertThat(job.lines()).hasSize(1);
        assertThat(job.price().totals().total().amount()).isEqualByComparingTo("95.63");
    }

    @Test
    void theVersionHashFollowsPriceAndContentButNotTheTechniciansWriteUp() {
        RepairOrder order = Orders.estimate();
        LaborLine labor = Lines.labor("Replace pads", new BigDecimal("1.5"), new BigDecimal("120"), true);
        Job job = order.addJob(Orders.job("Front brakes"), null, List.of(labor), Orders.ADVISOR);
        String original = job.versionHash();

        order.describeJob(
                job.id(),
                new Job.JobDetails(null, "Squeal", "Worn pads", "Replaced pads", "Rotors fine", null),
                false,
                Orders.ADVISOR);
        assertThat(job.versionHash()).isEqualTo(original);

        order.changeLine(job.id(), labor.withRate(new BigDecimal("125"), null), Orders.ADVISOR);
        assertThat(job.versionHash()).isNotEqualTo(original).hasSize(64);
        assertThat(job.content()).contains("\"rate\":\"125\"").doesNotContain("unitCost");
    }
}
