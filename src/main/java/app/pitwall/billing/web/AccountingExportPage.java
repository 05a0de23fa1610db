package app.pitwall.billing.web;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.access.RequiresPermission;
import app.pitwall.billing.accounting.AccountingExports;
import app.pitwall.billing.accounting.AccountingFormat;
import app.pitwall.platform.web.NavigationLink;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The accounting export under Reports: the bookkeeper picks a period of posting days and a file format and downloads
 * the file, streamed as the API streams it; a period that ends before it starts is shown again with the problem.
 */
@Controller
class AccountingExportPage {

    static final String PATH = "/reports/accounting";

    private final AccountingExports exports;
    private final ShopDays days;

    AccountingExportPage(AccountingExports exports, ShopDays days) {
        this.exports = exports;
        this.days = days;
    }

    @Bean
    static NavigationLink accountingExportLink() {
        return new NavigationLink(NavigationLink.Group.REPORTS, 100, PATH, "nav.accountingExport");
    }

    /** What the form sends. */
    record ExportForm(
            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate firstDay,

            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate lastDay,

            @NotNull AccountingFormat format) {}

    /** A choice of the format list. */
    record Choice(String value, String labelKey) {}

    @GetMapping(PATH)
    @RequiresPermission(Permission.INVOICES_EXPORT)
    String form(@AuthenticationPrincipal Actor actor, Model model) {
        LocalDate today = days.today(actor);
        model.addAttribute("form", new ExportForm(today.withDayOfMonth(1), today, AccountingFormat.QBO_CSV));
        return page(model);
    }

    @GetMapping(PATH + "/file")
    @RequiresPermission(Permission.INVOICES_EXPORT)
    String download(
            @AuthenticationPrincipal Actor actor,
            @Valid @ModelAttribute("form") ExportForm form,
            BindingResult binding,
            Model model,
            HttpServletResponse response)
            throws IOException {
        if (!binding.hasFieldErrors("firstDay")
                && !binding.hasFieldErrors("lastDay")
                && form.firstDay().isAfter(form.lastDay())) {
            binding.rejectValue("lastDay", "accounting.export.toBeforeFrom");
        }
        if (binding.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model);
        }
        AccountingExports.Period period = new AccountingExports.Period(form.firstDay(), form.lastDay());
        AccountingDownload.prepare(response, form.format(), period);
        exports.export(actor, period, form.format(), response.getOutputStream());
        return null;
    }

    private static String page(Model model) {
        List<Choice> formats = Arrays.stream(AccountingFormat.values())
                .map(format -> new Choice(format.name(), "accounting.export.format." + format.code()))
                .toList();
        model.addAttribute("formats", formats);
        return "reports/accounting";
    }
}
