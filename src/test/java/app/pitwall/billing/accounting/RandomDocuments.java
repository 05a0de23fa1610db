package app.pitwall.billing.accounting;

import app.pitwall.platform.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Random;

/**
 * Random posted documents that add up (labor + parts + fees − discounts + taxes = total), in currencies with zero,
 * two and three decimal places, with names a file format must escape: commas, quotes, tabs, line breaks, formulas.
 */
final class RandomDocuments {

    private static final List<Currency> CURRENCIES =
            List.of(Currency.getInstance("USD"), Currency.getInstance("JPY"), Currency.getInstance("BHD"));
    private static final List<String> NAMES = List.of(
            "Ana García",
            "Smith, John",
            "O\"Brien \"Bud\"",
            "Tab\tSeparated",
            "Two\nLines",
            "=HYPERLINK(\"http://x\")",
            "-5 Motors",
            "@fleet",
            "Zoë's Detailing");

    private final Random random;

    RandomDocuments(Random random) {
        this.random = random;
    }

    PostedDocument next(int n) {
        Currency currency = CURRENCIES.get(random.nextInt(CURRENCIES.size()));
        Money labor = amount(currency, 3_000);
        Money parts = amount(currency, 5_000);
        Money fees = amount(currency, 200);
        Money sales = labor.plus(parts).plus(fees);
        Money discounts =
                random.nextInt(3) == 0 ? sales.percent(BigDecimal.valueOf(random.nextInt(40))) : zero(currency);
        List<Tax> taxes = new ArrayList<>();
        for (SalesKind kind : SalesKind.values()) {
            for (int t = random.nextInt(3); t > 0; t--) {
                BigDecimal rate = BigDecimal.valueOf(random.nextInt(120_000), 4);
                taxes.add(new Tax(
                        kind.name().toLowerCase() + " tax " + t,
                        kind,
                        sales(kind, labor, parts, fees).percent(rate)));
            }
        }
        Money adjustments = switch (random.nextInt(6)) {
            case 0 -> amount(currency, 600);
            case 1 -> zero(currency).minus(sales.minus(discounts).percent(BigDecimal.valueOf(random.nextInt(101))));
            default -> zero(currency);
        };
        Money total = sales.minus(discounts).plus(adjustments);
        for (Tax tax : taxes) {
            total = total.plus(tax.amount());
        }
        boolean credit = random.nextInt(5) == 0;
        LocalDate date = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(365));
        return new PostedDocument(
                credit ? DocumentKind.CREDIT_NOTE : DocumentKind.INVOICE,
                (credit ? "CN-" : "INV-2026-") + n,
                date,
                credit ? null : date.plusDays(random.nextInt(31)),
                name(),
                random.nextBoolean() ? null : name(),
                credit ? "INV-2026-" + random.nextInt(n + 1) : null,
                labor,
                parts,
                fees,
                discounts,
                adjustments,
                taxes,
                total);
    }

    private static Money sales(SalesKind kind, Money labor, Money parts, Money fees) {
        return switch (kind) {
            case LABOR -> labor;
            case PARTS -> parts;
            case FEES -> fees;
        };
    }

    private String name() {
        return NAMES.get(random.nextInt(NAMES.size()));
    }

    private Money amount(Currency currency, int maxWhole) {
        if (random.nextInt(4) == 0) {
            return zero(currency);
        }
        int scale = Money.scale(currency);
        long minor = (long) random.nextInt(maxWhole) * (long) Math.pow(10, scale)
                + random.nextInt((int) Math.pow(10, scale));
        return new Money(BigDecimal.valueOf(minor, scale), currency);
    }

    private static Money zero(Currency currency) {
        return Money.zero(currency);
    }
}
