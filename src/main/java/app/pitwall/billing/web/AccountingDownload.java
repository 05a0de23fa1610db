package app.pitwall.billing.web;

import app.pitwall.billing.accounting.AccountingExports;
import app.pitwall.billing.accounting.AccountingFormat;
import jakarta.servlet.http.HttpServletResponse;

/** The headers of an accounting file download, the same from the API and the page. */
final class AccountingDownload {

    private AccountingDownload() {}

    static void prepare(HttpServletResponse response, AccountingFormat format, AccountingExports.Period period) {
        response.setContentType(format.mediaType() + ";charset=UTF-8");
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"accounting-" + period.from() + "-" + period.to() + "-" + format.code() + "."
                        + format.extension() + "\"");
    }
}
