package app.pitwall.billing.receivables;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The receivables of a tenant as of a day: for each debtor (each customer for what it was billed itself, each payer
 * for what it was billed) and currency, the open balances by aging bucket, and the whole in each currency. An invoice
 * counts once, for whoever owes it; invoices paid or credited in full are left out. Built in one pass over the open
 * invoices, holding only a line per debtor.
 */
public record AgingReport(LocalDate asOf, List<Row> debtors, Map<Currency, Aging> totals) {

    /** One debtor's aging in one currency. */
    public record Row(Debtor debtor, Aging aging) {}

    public AgingReport {
        debtors = List.copyOf(debtors);
        totals = Map.copyOf(totals);
    }

    public static AgingReport of(Stream<OpenInvoice> invoices, LocalDate asOf) {
        Map<Key, Aging> byDebtor = new HashMap<>();
        Map<Currency, Aging> totals = new HashMap<>();
        invoices.forEach(invoice -> {
            if (invoice.balance().isZero()) {
                return;
            }
            Currency currency = invoice.total().currency();
            Aging one = Aging.zero(currency).plus(invoice.bucket(asOf), invoice.balance());
            byDebtor.merge(new Key(invoice.owedBy(), currency), one, Aging::plus);
            totals.merge(currency, one, Aging::plus);
        });
        List<Row> rows = new ArrayList<>();
        byDebtor.forEach((key, aging) -> rows.add(new Row(key.debtor(), aging)));
        rows.sort(Comparator.comparing((Row row) -> row.debtor().kind())
                .thenComparing(row -> row.debtor().name(), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(row -> row.debtor().id())
                .thenComparing(row -> row.aging().currency().getCurrencyCode()));
        return new AgingReport(asOf, rows, totals);
    }

    /** The rows of one kind of debtor, customers or payers. */
    public List<Row> of(Debtor.Kind kind) {
        return debtors.stream().filter(row -> row.debtor().kind() == kind).toList();
    }

    private record Key(Debtor debtor, Currency currency) {}
}
