package app.pitwall.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Where the current HTTP request comes from: its request id (the caller's {@code X-Request-Id} when
 * it is a plain token, else a new one), the source address and the user agent. The audit trail
 * stores these with every change; nothing here is trusted for a security decision.
 *
 * @param requestId at most 64 characters of {@code [A-Za-z0-9._:-]}
 * @param sourceAddress the client address as the servlet container sees it (behind a proxy, the
 *     forwarded one when {@code server.forward-headers-strategy} is set)
 * @param userAgent the {@code User-Agent} header without control characters, at most 300 characters
 */
public record RequestContext(String requestId, String sourceAddress, String userAgent) {

    public static final String HEADER = "X-Request-Id";
    static final String ATTRIBUTE = RequestContext.class.getName();

    private static final Pattern ACCEPTABLE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final int MAX_USER_AGENT = 300;

    /** The context of the request this thread is serving, if any. */
    public static Optional<RequestContext> current() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(
                (RequestContext) attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST));
    }

    static RequestContext of(HttpServletRequest request) {
        String given = request.getHeader(HEADER);
        String id = given != null && ACCEPTABLE_ID.matcher(given).matches()
                ? given
                : UUID.randomUUID().toString();
        return new RequestContext(id, request.getRemoteAddr(), cleanUserAgent(request.getHeader("User-Agent")));
    }

    private static String cleanUserAgent(String raw) {
        if (raw == null) {
            return null;
        }
        StringBuilder clean = new StringBuilder(Math.min(raw.length(), MAX_USER_AGENT));
        for (int i = 0; i < raw.length() && clean.length() < MAX_USER_AGENT; i++) {
            char c = raw.charAt(i);
            if (!Character.isISOControl(c) && !Character.isSurrogate(c)) {
                clean.append(c);
            }
        }
        return clean.toString();
    }
}
