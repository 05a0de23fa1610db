package app.pitwall.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * When the caller's access credential runs out, read from its (verified) cookie, so that a page can refresh the
 * session shortly before it does. Says nothing about whether the session family still lives.
 */
@Component
public class AccessExpiry {

    private final AccessCredentials credentials;

    AccessExpiry(AccessCredentials credentials) {
        this.credentials = credentials;
    }

    public Optional<Instant> of(HttpServletRequest request) {
        return SessionCookies.read(request, SessionCookies.ACCESS)
                .flatMap(credentials::verify)
                .map(AccessCredentials.Claims::expires);
    }
}
