package app.pitwall.access.web;

import app.pitwall.access.Actor;
import app.pitwall.access.EndpointPermissions;
import app.pitwall.access.RecentAuthentication;
import app.pitwall.platform.ForbiddenException;
import app.pitwall.platform.UnauthenticatedException;
import app.pitwall.platform.web.ProblemType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Enforces each handler's declared permission before it runs, and refuses any handler that
 * declares nothing: a forgotten annotation is a 403 and an error in the log, never an open door.
 * A user who must still set up MFA reaches only the handlers allowed before enrolment, and a handler
 * that needs a recent proof of identity gets one or refuses. Failures are thrown, so API handlers
 * answer problem details and pages answer pages.
 */
@Component
class PermissionInterceptor implements HandlerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(PermissionInterceptor.class);

    private final Clock clock;

    PermissionInterceptor(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        Actor actor = currentActor().orElse(null);
        switch (EndpointPermissions.verdict(method, actor)) {
            case UNDECLARED -> {
                log.error("Refused {}: handler {} declares no permission", request.getRequestURI(), method);
                throw new ForbiddenException("This endpoint is not available.");
            }
            case UNAUTHENTICATED -> throw new UnauthenticatedException("Sign in to continue.");
            case MFA_ENROLMENT_REQUIRED ->
                throw new ForbiddenException(
                        ProblemType.MFA_ENROLMENT_REQUIRED,
                        "Your shop requires two-step verification: set it up (POST /api/v1/me/mfa/totp, then"
                                + " /api/v1/me/mfa/totp/confirm) before doing anything else.");
            case NOT_PERMITTED ->
                throw new ForbiddenException("Your role does not include "
                        + EndpointPermissions.declarationOf(method)
                                .orElseThrow()
                                .permission()
                                .code()
                        + ".");
            case ALLOWED -> {
                if (actor != null && EndpointPermissions.needsRecentAuthentication(method)) {
                    RecentAuthentication.require(actor, clock);
                }
            }
        }
        return true;
    }

    private static Optional<Actor> currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Actor actor) {
            return Optional.of(actor);
        }
        return Optional.empty();
    }
}
