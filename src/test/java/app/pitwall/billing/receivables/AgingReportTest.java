package app.pitwall.billing.receivables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.pitwall.platform.Money;
import app.pitwall.support.Seeds;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Aging buckets at their edges, balances by debtor, and a seeded check that the report loses and invents nothing. */
class AgingReportTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
    private static final Debtor ANA = Debtor.customer(UUID.randomUUID(), "Ana García");
    private static final Debtor BEN = Debtor.customer(UUID.randomUUID(), "Ben Okafor");
    private static final Debtor ACME = Debtor.payer(UUID.randomUUID(), "Acme Insurance");

    @Test
    void aBalanceIsCurrentUntilItsDueDayPassesThenMovesBucketByBucket() {
        assertThat(AgingBucket.of(TODAY.plusDays(10), TODAY)).isEqualTo(AgingBucket.CURRENT);
        assertThat(AgingBucket.of(TODAY, TODAY)).isEqualTo(AgingBucket.CURRENT);
        assertThat(AgingBucket.of(TODAY.minusDays(1), TODAY)).isEqualTo(AgingBucket.DAYS_1_30);
        assertThat(AgingBucket.of(TODAY.minusDays(30), TODAY)).isEqualTo(AgingBucket.DAYS_1_30);
        assertThat(AgingBucket.of(TODAY.minusDays(31), TODAY)).isEqualTo(AgingBucket.DAYS_31_60);
        assertThat(AgingBucket.of(TODAY.minusDays(60), TODAY)).isEqualTo(AgingBucket.DAYS_31_60);
        assertThat(AgingBucket.of(TODAY.minusDays(61), TODAY)).isEqualTo(AgingBucket.DAYS_61_90);
        assertThat(AgingBucket.of(TODAY.minusDays(90), TODAY)).isEqualTo(AgingBucket.DAYS_61_90);
        assertThat(AgingBucket.of(TODAY.minusDays(91), TODAY)).isEqualTo(AgingBucket.OVER_90);
    }

    @Test
    void eachInvoiceIsOwedByItsPayerOrElseItsCustomerLessCreditsAndPayments() {
        AgingReport report = AgingReport.of(
                List.of(
                        invoice(ANA, null, TODAY.minusDays(5), "100.00", "20.00", "30.00"),
                        invoice(ANA, null, TODAY.minusDays(45), "80.00", "0.00", "0.00"),
                        invoice(ANA, ACME, TODAY.minusDays(100), "900.00", "0.00", "0.00"),
                        invoice(BEN, null, TODAY.plusDays(15), "40.00", "0.00", "0.00"),
                        invoice(BEN, null, TODAY.minusDays(200), "70.00", "20.00", "50.00"))
                        .stream(),
                TODAY);

        assertThat(report.of(Debtor.Kind.CUSTOMER))
                .extracting(AgingReport.Row::debtor)
                .containsExactly(ANA, BEN);
        Aging ana = report.of(Debtor.Kind.CUSTOMER).get(0).aging();
        assertThat(ana.in(AgingBucket.DAYS_1_30)).isEqualTo(usd("50.00"));
        assertThat(ana.in(AgingBucket.DAYS_31_60)).isEqualTo(usd("80.00"));
        assertThat(ana.total()).isEqualTo(usd("130.00"));
        assertThat(ana.invoices()).isEqualTo(2);
        Aging ben = report.of(Debtor.Kind.CUSTOMER).get(1).aging();
        assertThat(ben.in(AgingBucket.CURRENT)).isEqualTo(usd("40.00"));
        assertThat(ben.pastDue().isZero()).as("Ben's late invoice is settled").isTrue();
        assertThat(report.of(Debtor.Kind.PAYER)).singleElement().satisfies(row -> {
            assertThat(row.debtor()).isEqualTo(ACME);
            assertThat(row.aging().in(AgingBucket.OVER_90)).isEqualTo(usd("900.00"));
        });
        assertThat(report.totals().get(USD).total()).isEqualTo(usd("1070.00"));
    }

    @Test
    void theReportsRowsAddUpToItsTotalsAndToTheInvoicesBalances() {
        Seeds.Seeded seeded = Seeds.random("AgingReportTest");
        Random random = seeded.random();
        List<Debtor> debtors = List.of(ANA, BEN, ACME);
        List<OpenInvoice> invoices = new ArrayList<>();
        BigDecimal open = BigDecimal.ZERO;
        for (int n = 0; n < 3_000; n++) {
            Debtor owner = debtors.get(random.nextInt(debtors.size()));
            long total = random.nextInt(100_000);
            long credited = random.nextInt(3) == 0 ? random.nextLong(total + 1) : 0;
            long paid = random.nextBoolean() ? random.nextLong(total - credited + 1) : 0;
            OpenInvoice invoice = invoice(
                    owner.kind() == Debtor.Kind.PAYER ? BEN : owner,
                    owner.kind() == Debtor.Kind.PAYER ? owner : null,
                    TODAY.plusDays(30 - random.nextInt(200)),
                    cents(total),
                    cents(credited),
                    cents(paid));
            invoices.add(invoice);
            open = open.add(invoice.balance().amount());
        }

        AgingReport report = AgingReport.of(invoices.stream(), TODAY);

        Aging sum = Aging.zero(USD);
        for (AgingReport.Row row : report.debtors()) {
            sum = sum.plus(row.aging());
        }
        assertThat(sum.buckets())
                .as(seeded.describe("rows against totals"))
                .isEqualTo(report.totals().get(USD).buckets());
        assertThat(sum.total().amount()).as(seeded.describe("open balance")).isEqualByComparingTo(open);
        for (AgingBucket bucket : AgingBucket.values()) {
            BigDecimal expected = invoices.stream()
                    .filter(invoice -> AgingBucket.of(invoice.due(), TODAY) == bucket)
                    .map(invoice -> invoice.balance().amount())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum.in(bucket).amount())
                    .as(seeded.describe(bucket.code()))
                    .isEqualByComparingTo(expected);
        }
    }

    @Test
    void anInvoiceWithANegativeOrForeignAmountIsRefused() {
        assertThatThrownBy(() -> invoice(ANA, null, TODAY, "10.00", "-1.00", "0.00"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("negative");
        assertThatThrownBy(() -> new OpenInvoice(
                        UUID.randomUUID(),
                        "INV-1",
                        ANA,
                        null,
                        TODAY,
                        usd("1.00"),
                        Money.zero(Currency.getInstance("EUR")),
                        usd("0.00")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mixes");
        assertThatThrownBy(() -> invoice(ACME, null, TODAY, "1.00", "0.00", "0.00"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static OpenInvoice invoice(
            Debtor customer, Debtor payer, LocalDate due, String total, String credited, String paid) {
        return new OpenInvoice(UUID.randomUUID(), "INV-x", customer, payer, due, usd(total), usd(credited), usd(paid));
    }

    private static String cents(long cents) {
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }

    private static Money usd(String amount) {
        return new Money(new BigDecimal(amount), USD);
    }
}
