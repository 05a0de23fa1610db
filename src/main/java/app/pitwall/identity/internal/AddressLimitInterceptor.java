package app.pitwall.identity.internal;

import app.pitwall.identity.LimitedPerAddress;
import app.pitwall.platform.TooManyRequestsException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses a handler marked {@link LimitedPerAddress} with 429 {@code too-many-requests} (and {@code Retry-After}) once
 * the source address has spent its attempts for the minute; runs before the permission check, so refused guesses cost
 * the service almost nothing. The refusal is thrown, so API handlers answer problem details and pages answer a page.
 */
class AddressLimitInterceptor implements HandlerInterceptor {

    private final AddressLimits limits;

    AddressLimitInterceptor(AddressLimits limits) {
        this.limits = limits;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
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
        throw new TooManyRequestsException(
                "Too many attempts from your address; try again in "
                        + decision.retryAfter().toSeconds() + " seconds.",
                decision.retryAfter());
    }
}
