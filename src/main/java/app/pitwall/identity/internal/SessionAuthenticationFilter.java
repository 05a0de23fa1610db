package app.pitwall.identity.internal;

import app.pitwall.access.Actor;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Identifies the caller from the access cookie: a valid signature, an unexpired credential and a
 * live session family make the request act as that user; anything else leaves it anonymous.
 */
class SessionAuthenticationFilter extends OncePerRequestFilter {

    private final AccessCredentials credentials;
    private final Principals principals;

    SessionAuthenticationFilter(AccessCredentials credentials, Principals principals) {
        this.credentials = credentials;
        this.principals = principals;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Actor> actor = SessionCookies.read(request, SessionCookies.ACCESS)
                .flatMap(credentials::verify)
                .flatMap(principals::actorFor);
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
