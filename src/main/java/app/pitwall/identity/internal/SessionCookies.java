package app.pitwall.identity.internal;

import app.pitwall.identity.SessionProperties;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * The two session cookies. The access credential goes in a {@code __Host-} cookie for the whole
 * site; the refresh token in a {@code __Secure-} cookie sent only to the auth endpoints. Both are
 * HttpOnly, Secure and SameSite=Strict, so scripts and other sites never see or send them. Between
 * a right password and the second factor the browser holds only the pending-MFA cookie, alike in
 * its attributes and good for five minutes.
 */
@Component
public class SessionCookies {

    public static final String ACCESS = "__Host-pitwall-access";
    public static final String REFRESH = "__Secure-pitwall-refresh";
    public static final String REFRESH_PATH = "/api/v1/auth";
    public static final String PENDING_MFA = "__Host-pitwall-mfa";

    private final SessionProperties properties;
    private final Clock clock;

    SessionCookies(SessionProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    void write(HttpServletResponse response, Sessions.Issued issued) {
        response.addHeader(
                HttpHeaders.SET_COOKIE, cookie(ACCESS, issued.accessCredential(), "/", properties.accessLifetime()));
        response.addHeader(
                HttpHeaders.SET_COOKIE,
                cookie(REFRESH, issued.refreshToken(), REFRESH_PATH, properties.absoluteLifetime()));
    }

    void clear(HttpServletResponse response) {
        response.addHeader(HttpHeaders.SET_COOKIE, cookie(ACCESS, "", "/", Duration.ZERO));
        response.addHeader(HttpHeaders.SET_COOKIE, cookie(REFRESH, "", REFRESH_PATH, Duration.ZERO));
    }

    void writePendingMfa(HttpServletResponse response, String token) {
        response.addHeader(HttpHeaders.SET_COOKIE, cookie(PENDING_MFA, token, "/", PendingMfaSignIns.LIFETIME));
    }

    void clearPendingMfa(HttpServletResponse response) {
        response.addHeader(HttpHeaders.SET_COOKIE, cookie(PENDING_MFA, "", "/", Duration.ZERO));
    }

    static Optional<String> read(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (name.equals(cookie.getName()) && !cookie.getValue().isEmpty()) {
                return Optional.of(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    private static String cookie(String name, String value, String path, Duration maxAge) {
        return ResponseCookie.from(name, value)
                .path(path)
                .httpOnly(true)
                .secure(true)
                .sameSite("Strict")
                .maxAge(maxAge)
                .build()
                .toString();
    }
}
