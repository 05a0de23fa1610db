package app.pitwall.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The security headers every response carries, in one place. Spring Security writes them on everything the
 * application answers; {@link #fillIn} completes the answers the application never saw: Tomcat's own refusals
 * (a malformed URI, oversized headers, {@code TRACE}), error pages reached without the security filters, and the
 * plain-HTTP redirect to HTTPS.
 */
public final class SecurityHeaders {

    public static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
                    + " font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none';"
                    + " base-uri 'none'; object-src 'none'";
    public static final long HSTS_MAX_AGE_SECONDS = 31_536_000;
    public static final String PERMISSIONS_POLICY = "camera=(self), geolocation=(), microphone=(), payment=()";

    /** Exactly as Spring Security writes them, so that every response reads the same. */
    private static final Map<String, String> ALL = all();

    private SecurityHeaders() {}

    private static Map<String, String> all() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.put("Strict-Transport-Security", "max-age=" + HSTS_MAX_AGE_SECONDS + " ; includeSubDomains");
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "same-origin");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
        headers.put("Permissions-Policy", PERMISSIONS_POLICY);
        headers.put("Cross-Origin-Opener-Policy", "same-origin");
        headers.put("Cross-Origin-Resource-Policy", "same-origin");
        return Map.copyOf(headers);
    }

    /** Adds every header of the set the response does not carry yet; one already set (by a handler) is kept. */
    public static void fillIn(HttpServletResponse response) {
        if (response.isCommitted()) {
            return;
        }
        ALL.forEach((name, value) -> {
            if (!response.containsHeader(name)) {
                response.setHeader(name, value);
            }
        });
    }
}
