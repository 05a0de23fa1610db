package app.pitwall.billing.web;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.access.RequiresPermission;
import app.pitwall.billing.receivables.Aging;
import app.pitwall.billing.receivables.AgingBucket;
import app.pitwall.billing.receivables.AgingReport;
import app.pitwall.billing.receivables.Debtor;
import app.pitwall.billing.receivables.Receivables;
import app.pitwall.platform.web.Formats;
import app.pitwall.platform.web.NavigationLink;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The aging page under Reports: what each customer and each payer owes as of a day (today on the shop's clock by
 * default), in the five aging buckets, with the totals per currency.
 */
@Controller
class ReceivablesPage {

    static final String PATH = "/reports/receivables";

    private final Receivables receivables;
    private final ShopDays days;

    ReceivablesPage(Receivables receivables, ShopDays days) {
        this.receivables = receivables;
        this.days = days;
    }

    @Bean
    static NavigationLink receivablesLink() {
        return new NavigationLink(NavigationLink.Group.REPORTS, 110, PATH, "nav.receivables");
    }

    /** One line of a table: who, then each bucket and the total as the reader's language writes money. */
    record Line(String name, List<String> buckets, String total, int invoices) {

        static Line of(String name, Aging aging, Locale locale) {
            Formats formats = new Formats(aging.currency().getCurrencyCode(), ZoneOffset.UTC, locale);
            return new Line(
                    name,
                    Arrays.stream(AgingBucket.values())
                            .map(bucket -> formats.money(aging.in(bucket)))
                            .toList(),
                    formats.money(aging.total()),
                    aging.invoices());
        }
    }

    @GetMapping(PATH)
    @RequiresPermission(Permission.INVOICES_READ)
    String aging(
            @AuthenticationPrincipal Actor actor,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            Locale locale,
            Model model) {
        LocalDate day = asOf != null ? asOf : days.today(actor);
        AgingReport report = receivables.aging(actor, day);
        model.addAttribute("asOf", day);
        model.addAttribute(
                "buckets",
                Arrays.stream(AgingBucket.values()).map(AgingBucket::code).toList());
        model.addAttribute("customers", lines(report, Debtor.Kind.CUSTOMER, locale));
        model.addAttribute("payers", lines(report, Debtor.Kind.PAYER, locale));
        model.addAttribute(
                "totals",
                report.totals().values().stream()
                        .map(aging -> Line.of(aging.currency().getCurrencyCode(), aging, locale))
                        .toList());
        return "reports/receivables";
    }

    private static List<Line> lines(AgingReport report, Debtor.Kind kind, Locale locale) {
        return report.of(kind).stream()
                .map(row -> Line.of(row.debtor().name(), row.aging(), locale))
                .toList();
    }
}
