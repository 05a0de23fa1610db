package app.pitwall.billing.web;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.access.RequiresPermission;
import app.pitwall.billing.accounting.AccountingExports;
import app.pitwall.billing.accounting.AccountingFormat;
import app.pitwall.platform.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/exports/accounting}: the invoices and credit notes posted in a period as a file for the books,
 * streamed as it is read (a year of a busy shop never sits in memory). A download, written whole: no page, no ETag.
 */
@RestController
class AccountingExportApi {

    private final AccountingExports exports;

    AccountingExportApi(AccountingExports exports) {
        this.exports = exports;
    }

    @GetMapping("/api/v1/exports/accounting")
    @RequiresPermission(Permission.INVOICES_EXPORT)
    @Operation(
            summary = "Export a period's posted invoices and credit notes for accounting",
            description = "qbo-csv: QuickBooks Online's invoice import; iif: QuickBooks Desktop (TRNS/SPL/ENDTRNS); "
                    + "journal-csv and journal-json (JSON Lines): the debits and credits of each document, which "
                    + "balance to zero per document. The export is recorded in the audit trail.")
    void export(
            @AuthenticationPrincipal Actor actor,
            @Parameter(description = "first posting day, included")
                    @RequestParam
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate from,
            @Parameter(description = "last posting day, included")
                    @RequestParam
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate to,
            @Parameter(description = "qbo-csv, iif, journal-csv or journal-json") @RequestParam String format,
            HttpServletResponse response)
            throws IOException {
        AccountingFormat chosen = AccountingFormat.ofCode(format)
                .orElseThrow(
                        () -> new InvalidInputException("format", "must be qbo-csv, iif, journal-csv or journal-json"));
        if (from.isAfter(to)) {
            throw new InvalidInputException("to", "must not be before from");
        }
        AccountingExports.Period period = new AccountingExports.Period(from, to);
        AccountingDownload.prepare(response, chosen, period);
        exports.export(actor, period, chosen, response.getOutputStream());
    }
}
