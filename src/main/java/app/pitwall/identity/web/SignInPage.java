package app.pitwall.identity.web;

import app.pitwall.access.Actor;
import app.pitwall.access.PublicEndpoint;
import app.pitwall.access.SignedIn;
import app.pitwall.identity.internal.SessionService;
import app.pitwall.platform.web.LocalRedirects;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The sign-in, sign-out and session-resume pages. Signing in here issues the same cookies as the JSON API; a wrong
 * email or password gets one generic answer that keeps the email typed. Afterwards the browser returns to the page it
 * asked for, but only to a path on this site ({@link LocalRedirects}).
 */
@Controller
class SignInPage {

    static final String HOME = "/customers";
    private static final int LONGEST_INPUT = 1000;

    private final SessionService sessions;

    SignInPage(SessionService sessions) {
        this.sessions = sessions;
    }

    @GetMapping("/")
    @PublicEndpoint("the entry point sends staff to their start page or to sign in")
    ModelAndView home(@AuthenticationPrincipal Actor actor) {
        return new ModelAndView(LocalRedirects.to(actor == null ? "/login" : HOME));
    }

    @GetMapping("/login")
    @PublicEndpoint("the sign-in form is how a user becomes authenticated")
    ModelAndView form(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String next) {
        if (actor != null) {
            return new ModelAndView(LocalRedirects.to(LocalRedirects.localPath(next, HOME)));
        }
        return new ModelAndView("identity/sign-in", Map.of("email", "", "next", LocalRedirects.localPath(next, "")));
    }

    @PostMapping("/login")
    @PublicEndpoint("signing in is how a user becomes authenticated")
    ModelAndView signIn(
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String password,
            @RequestParam(required = false) String next,
            HttpServletRequest request,
            HttpServletResponse response) {
        boolean plausible = !email.isBlank()
                && !password.isEmpty()
                && email.length() <= LONGEST_INPUT
                && password.length() <= LONGEST_INPUT;
        if (plausible && signedIn(email.strip(), password, request, response)) {
            return new ModelAndView(LocalRedirects.to(LocalRedirects.localPath(next, HOME)));
        }
        return new ModelAndView(
                "identity/sign-in",
                Map.of(
                        "email",
                        email.length() <= LONGEST_INPUT ? email : "",
                        "next",
                        LocalRedirects.localPath(next, ""),
                        "failed",
                        true),
                HttpStatus.UNAUTHORIZED);
    }

    @GetMapping("/logout")
    @SignedIn
    ModelAndView confirmSignOut() {
        return new ModelAndView("identity/sign-out");
    }

    @PostMapping("/logout")
    @SignedIn
    ModelAndView signOut(@AuthenticationPrincipal Actor actor, HttpServletResponse response) {
        sessions.signOut(actor, response);
        return new ModelAndView(LocalRedirects.to("/login?notice=signed-out"));
    }

    @GetMapping("/session/resume")
    @PublicEndpoint("a page whose access credential expired comes here to refresh the session or sign in again")
    ModelAndView resume(@RequestParam(required = false) String next) {
        String target = LocalRedirects.localPath(next, HOME);
        return new ModelAndView(
                "identity/resume",
                Map.of("next", target, "signIn", "/login?next=" + URLEncoder.encode(target, StandardCharsets.UTF_8)));
    }

    /** Signs in; false for a wrong email or password, which is answered like blank input. */
    private boolean signedIn(String email, String password, HttpServletRequest request, HttpServletResponse response) {
        try {
            sessions.signIn(email, password, request, response);
            return true;
        } catch (SessionService.InvalidCredentialsException e) {
            return false;
        }
    }
}
