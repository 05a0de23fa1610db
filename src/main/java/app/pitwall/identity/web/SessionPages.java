package app.pitwall.identity.web;

import app.pitwall.access.Actor;
import app.pitwall.access.AllowedBeforeMfaEnrolment;
import app.pitwall.access.PublicEndpoint;
import app.pitwall.access.SignedIn;
import app.pitwall.identity.internal.SessionService;
import app.pitwall.platform.web.LocalRedirects;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The entry point, signing out, and the page a browser lands on when its access credential has run out: that page
 * refreshes the session with a static script and returns to the page asked for, or goes to the sign-in page.
 */
@Controller
class SessionPages {

    static final String HOME = "/customers";

    private final SessionService sessions;

    SessionPages(SessionService sessions) {
        this.sessions = sessions;
    }

    @GetMapping("/")
    @PublicEndpoint("the entry point sends staff to their start page or to sign in")
    ModelAndView home(@AuthenticationPrincipal Actor actor) {
        return new ModelAndView(LocalRedirects.to(actor == null ? "/login" : HOME));
    }

    /** Asks before signing out; where a sign-out post lands when the session had to be resumed first. */
    @GetMapping("/logout")
    @SignedIn
    @AllowedBeforeMfaEnrolment
    ModelAndView confirmSignOut() {
        return new ModelAndView("identity/sign-out");
    }

    @PostMapping("/logout")
    @SignedIn
    @AllowedBeforeMfaEnrolment
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
}
