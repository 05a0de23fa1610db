package app.pitwall.identity.web;

import app.pitwall.access.Actor;
import app.pitwall.access.PublicEndpoint;
import app.pitwall.access.SignedIn;
import app.pitwall.identity.internal.SessionService;
import app.pitwall.platform.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Sign-in, refresh and sign-out over JSON; the session itself travels only in cookies. */
@RestController
@RequestMapping("/api/v1")
class AuthApi {

    private final SessionService sessions;

    AuthApi(SessionService sessions) {
        this.sessions = sessions;
    }

    record Login(
            @NotBlank @Size(max = 254) String email,
            @NotBlank @Size(max = 1000) String password) {}

    record LoginResult(boolean mfaRequired, String name, Instant accessExpiresAt) {}

    record Refreshed(Instant accessExpiresAt) {}

    record Csrf(String headerName, String parameterName, String token) {}

    record Me(
            UUID userId,
            String name,
            String tenantId,
            String role,
            List<String> permissions,
            boolean allLocations,
            List<UUID> locations) {}

    @PostMapping("/auth/login")
    @PublicEndpoint("signing in is how a user becomes authenticated")
    LoginResult login(@Valid @RequestBody Login login, HttpServletRequest request, HttpServletResponse response) {
        SessionService.Signed signed = sessions.signIn(login.email(), login.password(), request, response);
        return new LoginResult(false, signed.name(), signed.accessExpiresAt());
    }

    @PostMapping("/auth/refresh")
    @PublicEndpoint("the access credential may have expired; the refresh cookie authenticates this call")
    Refreshed refresh(HttpServletRequest request, HttpServletResponse response) {
        return new Refreshed(sessions.refresh(request, response).accessExpiresAt());
    }

    @PostMapping("/auth/logout")
    @SignedIn
    void logout(@AuthenticationPrincipal Actor actor, HttpServletResponse response) {
        sessions.signOut(actor, response);
    }

    @PostMapping("/auth/logout-everywhere")
    @SignedIn
    void logoutEverywhere(@AuthenticationPrincipal Actor actor, HttpServletResponse response) {
        sessions.signOutEverywhere(actor, response);
    }

    @GetMapping("/auth/csrf")
    @PublicEndpoint("API clients need the token before they can sign in")
    Csrf csrf(CsrfToken token) {
        return new Csrf(token.getHeaderName(), token.getParameterName(), token.getToken());
    }

    @GetMapping("/me")
    @SignedIn
    Me me(@AuthenticationPrincipal Actor actor) {
        return new Me(
                actor.userId(),
                actor.name(),
                actor.tenantId().toString(),
                actor.role().code(),
                actor.permissions().stream().map(p -> p.code()).sorted().toList(),
                actor.allLocations(),
                List.copyOf(actor.locations()));
    }

    @ExceptionHandler(SessionService.InvalidCredentialsException.class)
    ProblemDetail invalidCredentials(SessionService.InvalidCredentialsException e) {
        return Problems.of(401, "invalid-credentials", e.getMessage());
    }
}
