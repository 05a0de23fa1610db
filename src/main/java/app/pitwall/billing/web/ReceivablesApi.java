package app.pitwall.billing.web;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.access.RequiresPermission;
import app.pitwall.billing.receivables.AgingBucket;
import app.pitwall.billing.receivables.AgingReport;
import app.pitwall.billing.receivables.Debtor;
import app.pitwall.billing.receivables.Receivables;
import app.pitwall.platform.InvalidInputException;
import app.pitwall.platform.web.PageView;
import app.pitwall.platform.web.Paging;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/receivables}: what each customer and each payer owes, in aging buckets as of a day (today by
 * default), customers first then payers, each by name; {@code owedBy=customer|payer} keeps one kind.
 */
@RestController
class ReceivablesApi {

    private final Receivables receivables;
    private final ShopDays days;

    ReceivablesApi(Receivables receivables, ShopDays days) {
        this.receivables = receivables;
        this.days = days;
    }

    /** One debtor's open balances in one currency. */
    record Receivable(
            String owedBy,
            UUID id,
            String name,
            String currency,
            String current,
            String days1To30,
            String days31To60,
            String days61To90,
            String over90,
            String total,
            int invoices) {

        static Receivable of(AgingReport.Row row) {
            var aging = row.aging();
            return new Receivable(
                    row.debtor().kind().name().toLowerCase(Locale.ROOT),
                    row.debtor().id(),
                    row.debtor().name(),
                    aging.currency().getCurrencyCode(),
                    aging.in(AgingBucket.CURRENT).text(),
                    aging.in(AgingBucket.DAYS_1_30).text(),
                    aging.in(AgingBucket.DAYS_31_60).text(),
                    aging.in(AgingBucket.DAYS_61_90).text(),
                    aging.in(AgingBucket.OVER_90).text(),
                    aging.total().text(),
                    aging.invoices());
        }
    }

    @GetMapping("/api/v1/receivables")
    @RequiresPermission(Permission.INVOICES_READ)
    PageView<Receivable> receivables(
            @AuthenticationPrincipal Actor actor,
            @Parameter(description = "the day balances are aged on; today when left out")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate asOf,
            @Parameter(description = "customer or payer; both when left out") @RequestParam(required = false)
                    String owedBy,
            Paging paging) {
        AgingReport report = receivables.aging(actor, asOf != null ? asOf : days.today(actor));
        List<AgingReport.Row> rows = owedBy == null ? report.debtors() : report.of(kind(owedBy));
        return paging.slice(rows, Receivable::of);
    }

    static Debtor.Kind kind(String owedBy) {
        return switch (owedBy) {
            case "customer" -> Debtor.Kind.CUSTOMER;
            case "payer" -> Debtor.Kind.PAYER;
            default -> throw new InvalidInputException("owedBy", "must be customer or payer");
        };
    }
}
