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
import java.util.regex.Pattern;
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

    /** Where signing in leads when no page was asked for: here, which sends each user on to their start page. */
    static final String HOME = "/";

    private static final Pattern NOTICE = Pattern.compile("[a-z][a-z-]{0,39}");

    private final SessionService sessions;
    private final StaffNavigation navigation;

    SessionPages(SessionService sessions, StaffNavigation navigation) {
        this.sessions = sessions;
        this.navigation = navigation;
    }

    /** Sends a signed-in user to their start page (see {@link StaffNavigation#startPage}), keeping a notice. */
    @GetMapping("/")
    @PublicEndpoint("the entry point sends staff to their start page or to sign in")
    ModelAndView home(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String notice) {
        if (actor == null) {
            return new ModelAndView(LocalRedirects.to("/login"));
        }
        String start = navigation.startPage(actor);
        return new ModelAndView(LocalRedirects.to(
                notice != null && NOTICE.matcher(notice).matches() ? start + "?notice=" + notice : start));
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
