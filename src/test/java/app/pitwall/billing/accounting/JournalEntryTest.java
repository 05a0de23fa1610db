package app.pitwall.billing.accounting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import app.pitwall.platform.Money;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What one invoice and one credit note book, to the cent, and what an export refuses. */
class JournalEntryTest {

    private static final Currency USD = Currency.getInstance("USD");

    @Test
    void anInvoiceDebitsReceivablesAndDiscountsAndCreditsSalesAndEachTax() {
        JournalEntry entry = JournalEntry.of(invoice("INV-2026-7", "150.00"));

        assertThat(entry.lines())
                .extracting(
                        JournalLine::account,
                        JournalLine::detail,
                        line -> line.amount().text())
                .containsExactly(
                        tuple(Account.ACCOUNTS_RECEIVABLE, null, "150.00"),
                        tuple(Account.DISCOUNTS, null, "10.00"),
                        tuple(Account.LABOR_SALES, null, "-100.00"),
                        tuple(Account.PARTS_SALES, null, "-50.00"),
                        tuple(Account.TAX_PAYABLE, "Parts tax", "-4.00"),
                        tuple(Account.TAX_PAYABLE, "Labor tax", "-6.00"));
        assertThat(entry.lines().get(2).credit().text()).isEqualTo("100.00");
        assertThat(entry.lines().get(2).debit().text()).isEqualTo("0.00");
    }

    @Test
    void aCreditNoteReversesEveryLineOfTheSameAmounts() {
        PostedDocument invoice = invoice("INV-2026-7", "150.00");
        PostedDocument credit = new PostedDocument(
                DocumentKind.CREDIT_NOTE,
                "CN-1",
                invoice.date(),
                null,
                invoice.customer(),
                null,
                "INV-2026-7",
                invoice.labor(),
                invoice.parts(),
                invoice.fees(),
                invoice.discounts(),
                invoice.adjustments(),
                invoice.taxes(),
                invoice.total());

        List<JournalLine> booked = JournalEntry.of(invoice).lines();
        List<JournalLine> reversed = JournalEntry.of(credit).lines();

        assertThat(reversed).hasSameSizeAs(booked);
        for (int i = 0; i < booked.size(); i++) {
            assertThat(reversed.get(i).account()).isEqualTo(booked.get(i).account());
            assertThat(reversed.get(i).amount().plus(booked.get(i).amount()).isZero())
                    .isTrue();
        }
        assertThat(JournalEntry.of(credit).receivable().text()).isEqualTo("-150.00");
    }

    @Test
    void aDeductibleMovedOffTheInsurersInvoiceIsDebitedToAdjustmentsAndCreditedOnTheCustomers() {
        PostedDocument insurer = new PostedDocument(
                DocumentKind.INVOICE,
                "INV-2026-11",
                LocalDate.of(2026, 3, 1),
                null,
                "Ana García",
                "Acme Insurance",
                null,
                usd("1000.00"),
                usd("0.00"),
                usd("0.00"),
                usd("0.00"),
                usd("-500.00"),
                List.of(),
                usd("500.00"));
        PostedDocument customer = new PostedDocument(
                DocumentKind.INVOICE,
                "INV-2026-12",
                LocalDate.of(2026, 3, 1),
                null,
                "Ana García",
                null,
                null,
                usd("0.00"),
                usd("0.00"),
                usd("0.00"),
                usd("0.00"),
                usd("500.00"),
                List.of(),
                usd("500.00"));

        assertThat(JournalEntry.of(insurer).lines())
                .extracting(
                        JournalLine::account,
                        line -> line.debit().text(),
                        line -> line.credit().text())
                .containsExactly(
                        tuple(Account.ACCOUNTS_RECEIVABLE, "500.00", "0.00"),
                        tuple(Account.LABOR_SALES, "0.00", "1000.00"),
                        tuple(Account.ADJUSTMENTS, "500.00", "0.00"));
        assertThat(JournalEntry.of(customer).lines())
                .extracting(
                        JournalLine::account,
                        line -> line.debit().text(),
                        line -> line.credit().text())
                .containsExactly(
                        tuple(Account.ACCOUNTS_RECEIVABLE, "500.00", "0.00"),
                        tuple(Account.ADJUSTMENTS, "0.00", "500.00"));
    }

    @Test
    void aDocumentWhosePartsDoNotAddUpToItsTotalMakesNoJournal() {
        assertThatThrownBy(() -> JournalEntry.of(invoice("INV-2026-8", "150.01")))
                .isInstanceOf(UnbalancedJournalException.class)
                .hasMessageContaining("INV-2026-8")
                .hasMessageContaining("0.01 USD");
    }

    @Test
    void anExportStopsAtAnUnbalancedDocumentAndWritesNothingOfIt() {
        for (AccountingFormat format : AccountingFormat.values()) {
            StringWriter out = new StringWriter();
            Stream<PostedDocument> documents =
                    Stream.of(invoice("INV-2026-1", "150.00"), invoice("INV-2026-2", "149.99"));

            assertThatThrownBy(() -> AccountingExport.write(format, documents, out))
                    .as(format.code())
                    .isInstanceOf(UnbalancedJournalException.class);
            assertThat(out.toString()).as(format.code()).doesNotContain("INV-2026-2");
        }
    }

    @Test
    void aDocumentMixingCurrenciesIsRefusedWhenMade() {
        assertThatThrownBy(() -> new PostedDocument(
                        DocumentKind.INVOICE,
                        "INV-1",
                        LocalDate.of(2026, 3, 1),
                        null,
                        "Ana",
                        null,
                        null,
                        usd("1.00"),
                        Money.zero(Currency.getInstance("EUR")),
                        usd("0.00"),
                        usd("0.00"),
                        usd("0.00"),
                        List.of(),
                        usd("1.00")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mixes");
    }

    /** Labor 100, parts 50, a discount of 10, labor tax 6 and parts tax 4: 150 when it adds up. */
    static PostedDocument invoice(String number, String total) {
        return new PostedDocument(
                DocumentKind.INVOICE,
                number,
                LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 31),
                "Ana García",
                null,
                null,
                usd("100.00"),
                usd("50.00"),
                usd("0.00"),
                usd("10.00"),
                usd("0.00"),
                List.of(
                        new Tax("Parts tax", SalesKind.PARTS, usd("4.00")),
                        new Tax("Labor tax", SalesKind.LABOR, usd("6.00"))),
                usd(total));
    }

    static Money usd(String amount) {
        return new Money(new BigDecimal(amount), USD);
    }
}
