package app.pitwall.identity.web;

import app.pitwall.access.Actor;
import app.pitwall.access.AllowedBeforeMfaEnrolment;
import app.pitwall.access.PublicEndpoint;
import app.pitwall.access.SignedIn;
import app.pitwall.identity.LimitedPerAddress;
import app.pitwall.identity.internal.Reauthentication;
import app.pitwall.identity.internal.SessionService;
import app.pitwall.platform.web.ProblemType;
import app.pitwall.platform.web.Problems;
import com.fasterxml.jackson.annotation.JsonInclude;
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

/**
 * Sign-in (with its second step when MFA is on), refresh, re-authentication and sign-out over JSON;
 * the session itself travels only in cookies. Every way of proving who one is is limited per
 * source address.
 */
@RestController
@RequestMapping("/api/v1")
class AuthApi {

    private final SessionService sessions;
    private final Reauthentication reauthentication;

    AuthApi(SessionService sessions, Reauthentication reauthentication) {
        this.sessions = sessions;
        this.reauthentication = reauthentication;
    }

    record Login(
            @NotBlank @Size(max = 254) String email,
            @NotBlank @Size(max = 1000) String password) {}

    record Code(@NotBlank @Size(max = 64) String code) {}

    record Reauthenticate(
            @NotBlank @Size(max = 1000) String password,
            @Size(max = 64) String code) {}

    record Reauthenticated(Instant recentUntil) {}

    /**
     * The answer to a sign-in step: {@code {"mfaRequired": true}} while a code is awaited, else the
     * signed-in user's name, whether they must set up MFA first, and any notice for them.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record LoginResult(
            boolean mfaRequired, String name, Instant accessExpiresAt, Boolean mfaEnrolmentRequired, String notice) {

        static LoginResult of(SessionService.SignInResult result) {
            if (result.mfaRequired()) {
                return new LoginResult(true, null, null, null, null);
            }
            return new LoginResult(
                    false, result.name(), result.accessExpiresAt(), result.mfaEnrolmentRequired(), result.notice());
        }
    }

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
    @LimitedPerAddress("sign-in")
    LoginResult login(@Valid @RequestBody Login login, HttpServletRequest request, HttpServletResponse response) {
        return LoginResult.of(sessions.signIn(login.email(), login.password(), request, response));
    }

    @PostMapping("/auth/login/mfa")
    @PublicEndpoint("the second sign-in step; the pending-MFA cookie from a right password authenticates it")
    @LimitedPerAddress("sign-in-code")
    LoginResult loginWithCode(@Valid @RequestBody Code code, HttpServletRequest request, HttpServletResponse response) {
        return LoginResult.of(sessions.completeWithCode(code.code(), request, response));
    }

    @PostMapping("/auth/refresh")
    @PublicEndpoint("the access credential may have expired; the refresh cookie authenticates this call")
    @LimitedPerAddress("refresh")
    Refreshed refresh(HttpServletRequest request, HttpServletResponse response) {
        return new Refreshed(sessions.refresh(request, response).accessExpiresAt());
    }

    @PostMapping("/auth/reauthenticate")
    @SignedIn
    @AllowedBeforeMfaEnrolment
    @LimitedPerAddress("reauthenticate")
    Reauthenticated reauthenticate(
            @AuthenticationPrincipal Actor actor, @Valid @RequestBody Reauthenticate body, HttpServletRequest request) {
        return new Reauthenticated(
                reauthentication.reauthenticate(actor, body.password(), body.code(), request.getRemoteAddr()));
    }

    @PostMapping("/auth/logout")
    @SignedIn
    @AllowedBeforeMfaEnrolment
    void logout(@AuthenticationPrincipal Actor actor, HttpServletResponse response) {
        sessions.signOut(actor, response);
    }

    @PostMapping("/auth/logout-everywhere")
    @SignedIn
    @AllowedBeforeMfaEnrolment
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
    @AllowedBeforeMfaEnrolment
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
        return Problems.of(ProblemType.INVALID_CREDENTIALS, e.getMessage());
    }
}
