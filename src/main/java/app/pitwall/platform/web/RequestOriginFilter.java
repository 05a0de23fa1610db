package app.pitwall.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request its {@link RequestContext} before anything else (security included) runs,
 * echoes the request id in the {@code X-Request-Id} response header and puts it in the log context.
 */
@Component
class RequestOriginFilter extends OncePerRequestFilter implements Ordered {

    /** Just after Spring's own request-context filter (-105), before Spring Security (-100). */
    static final int ORDER = -104;

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        RequestContext context = RequestContext.of(request);
        request.setAttribute(RequestContext.ATTRIBUTE, context);
        response.setHeader(RequestContext.HEADER, context.requestId());
        MDC.put("requestId", context.requestId());
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove("requestId");
        }
    }
}
