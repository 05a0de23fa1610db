package app.pitwall.identity.internal;

import app.pitwall.identity.LimitedPerAddress;
import app.pitwall.platform.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses a handler marked {@link LimitedPerAddress} with 429 {@code too-many-requests} once the
 * source address has spent its attempts for the minute; runs before the permission check, so
 * refused guesses cost the service almost nothing.
 */
class AddressLimitInterceptor implements HandlerInterceptor {

    private final AddressLimits limits;
    private final Problems problems;

    AddressLimitInterceptor(AddressLimits limits, Problems problems) {
        this.limits = limits;
        this.problems = problems;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        LimitedPerAddress limited = method.getMethodAnnotation(LimitedPerAddress.class);
        if (limited == null) {
            return true;
        }
        AddressLimits.Decision decision = limits.tryAttempt(limited.value(), request.getRemoteAddr());
        if (decision.allowed()) {
            return true;
        }
        response.setHeader(
                HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfter().toSeconds()));
        problems.write(
                request,
                response,
                429,
                "too-many-requests",
                "Too many attempts from your address; try again in "
                        + decision.retryAfter().toSeconds() + " seconds.");
        return false;
    }
}
