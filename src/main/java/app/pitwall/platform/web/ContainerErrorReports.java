package app.pitwall.platform.web;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

/**
 * Tomcat's error report for what the application never saw: a request Tomcat refused while parsing it (a malformed
 * or traversing URI, oversized headers) when no error page of the application could run. Instead of Tomcat's own
 * HTML it writes the one error shape, problem details for the JSON API and a plain version of Pitwall's error page
 * for the rest, with the full security header set; it never shows the server's words, version or a stack trace.
 * Everything the application can answer (its error page included) passes through untouched.
 */
final class ContainerErrorReports extends ErrorReportValve {

    private final MessageSource messages;

    ContainerErrorReports(MessageSource messages) {
        this.messages = messages;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        String path = request.getCoyoteRequest().requestURI().toString();
        boolean problem = Problems.answersWithProblem(path, request.getHeader("Accept"));
        try {
            response.resetBuffer();
            SecurityHeaders.fillIn(response);
            response.setContentType(problem ? "application/problem+json" : "text/html");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(problem ? problem(status) : page(status, request.getLocale()));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response was committed meanwhile: nothing more to say
        }
    }

    /** The problem, built by hand: no JSON library is needed for four fixed fields. */
    private static String problem(int status) {
        return "{\"type\":\"" + ProblemType.URI_PREFIX
                + ProblemType.ofStatus(status).code() + "\",\"title\":\"" + reason(status) + "\",\"status\":" + status
                + ",\"detail\":\"" + Problems.detailOf(status) + "\"}";
    }

    private String page(int status, Locale locale) {
        String title = HtmlUtils.htmlEscape(message("error." + status + ".title", "error.title", locale));
        String text = HtmlUtils.htmlEscape(message("error." + status + ".text", "error.text", locale));
        String home = HtmlUtils.htmlEscape(message("error.home", "error.home", locale));
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + title + " · Pitwall</title><link rel=\"stylesheet\" href=\"/css/pitwall.css\"></head>"
                + "<body class=\"public\"><main id=\"main\" class=\"narrow\"><section class=\"card error-page\">"
                + "<p class=\"status-code\">" + status + "</p><h1>" + title + "</h1><p>" + text + "</p>"
                + "<p><a class=\"button\" href=\"/\">" + home + "</a></p></section></main></body></html>";
    }

    private String message(String key, String fallbackKey, Locale locale) {
        String found = messages.getMessage(key, null, null, locale);
        return found != null ? found : messages.getMessage(fallbackKey, null, "Something went wrong", locale);
    }

    private static String reason(int status) {
        org.springframework.http.HttpStatus known = org.springframework.http.HttpStatus.resolve(status);
        return known == null ? "Error" : known.getReasonPhrase();
    }
}
