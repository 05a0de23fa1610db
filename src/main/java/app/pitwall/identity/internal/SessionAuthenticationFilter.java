package app.pitwall.identity.internal;

import app.pitwall.access.Actor;
import app.pitwall.platform.web.ProblemType;
import app.pitwall.platform.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Identifies the caller: from the access cookie (a valid signature, an unexpired credential and a
 * live session family make the request act as that user), or, when no access cookie is sent, from
 * an {@code Authorization: Bearer} API token. Without either the request stays anonymous. A bearer
 * token that is unknown, revoked or expired is refused with 401 at once. A token works only on the
 * JSON API under {@code /api/v1} and never on its identity endpoints (accounts, sessions, passwords,
 * invitations, tokens): on those, on every page ({@code /account/sessions}, {@code /logout}) and
 * on anything else, 403. A token needs no CSRF token, so nothing a signed-in person does in a
 * browser may ever accept one.
 */
class SessionAuthenticationFilter extends OncePerRequestFilter {

    private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

    /** Where people manage themselves and others: never open to API tokens. */
    static final List<RequestMatcher> IDENTITY_ENDPOINTS = List.of(
            PATHS.matcher("/api/v1/me"),
            PATHS.matcher("/api/v1/me/**"),
            PATHS.matcher("/api/v1/users/**"),
            PATHS.matcher("/api/v1/sessions/**"),
            PATHS.matcher("/api/v1/api-tokens/**"),
            PATHS.matcher("/api/v1/invitations/**"),
            PATHS.matcher("/api/v1/auth/**"),
            PATHS.matcher("/api/v1/signup"));

    /** Where API tokens work, unless an identity endpoint: the JSON API, and its description. */
    static final List<RequestMatcher> TOKEN_AREA =
            List.of(PATHS.matcher("/api/v1/**"), PATHS.matcher("/v3/api-docs"), PATHS.matcher("/v3/api-docs/**"));

    private final AccessCredentials credentials;
    private final Principals principals;
    private final ApiTokenAuthentication apiTokens;

    SessionAuthenticationFilter(
            AccessCredentials credentials, Principals principals, ApiTokenAuthentication apiTokens) {
        this.credentials = credentials;
        this.principals = principals;
        this.apiTokens = apiTokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> cookie = SessionCookies.read(request, SessionCookies.ACCESS);
        Optional<String> bearer = bearerToken(request);
        Optional<Actor> actor;
        if (cookie.isEmpty() && bearer.isPresent()) {
            actor = apiTokens.actorFor(bearer.get());
            if (actor.isEmpty()) {
                Problems.refuse(
                        request, response, ProblemType.INVALID_TOKEN, "The API token is unknown, revoked or expired.");
                return;
            }
            if (IDENTITY_ENDPOINTS.stream().anyMatch(endpoint -> endpoint.matches(request))) {
                Problems.refuse(
                        request,
                        response,
                        ProblemType.FORBIDDEN,
                        "API tokens cannot use the identity endpoints; sign in.");
                return;
            }
            if (TOKEN_AREA.stream().noneMatch(area -> area.matches(request))) {
                Problems.refuse(
                        request,
                        response,
                        ProblemType.API_TOKEN_NOT_ACCEPTED,
                        "API tokens work only with the JSON API under /api/v1; sign in to use the pages.");
                return;
            }
        } else {
            actor = cookie.flatMap(credentials::verify).flatMap(principals::actorFor);
        }
        if (actor.isPresent()) {
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(new ActorAuthentication(actor.get()));
            SecurityContextHolder.setContext(context);
        }
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    static Optional<String> bearerToken(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return Optional.of(authorization.substring(7).strip());
    }

    /** The authentication of a verified actor. */
    static final class ActorAuthentication extends AbstractAuthenticationToken {

        private final Actor actor;

        ActorAuthentication(Actor actor) {
            super(java.util.List.of());
            this.actor = actor;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Object getPrincipal() {
            return actor;
        }

        @Override
        public String getName() {
            return actor.userId().toString();
        }
    }
}
