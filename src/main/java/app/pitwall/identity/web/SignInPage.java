package app.pitwall.identity.web;

import app.pitwall.access.Actor;
import app.pitwall.access.PublicEndpoint;
import app.pitwall.identity.LimitedPerAddress;
import app.pitwall.identity.SignUpProperties;
import app.pitwall.identity.internal.SessionCookies;
import app.pitwall.identity.internal.SessionService;
import app.pitwall.platform.UnauthenticatedException;
import app.pitwall.platform.web.LocalRedirects;
import app.pitwall.platform.web.ProblemType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The sign-in page and, for accounts with two-step verification, the code page after it, through the same steps as
 * the JSON API and ending in the same cookies: a right password for such an account opens only a pending sign-in,
 * which a code from the authenticator app (or a recovery code) completes. A wrong email or password and a locked
 * account get one generic answer that keeps the email typed. Afterwards the browser returns to the page it asked for,
 * but only to a path on this site ({@link LocalRedirects}); a user whose shop requires two-step verification goes to
 * set it up first, and one whose account was locked since they last signed in is told so, once.
 */
@Controller
class SignInPage {

    private static final int LONGEST_INPUT = 1000;
    private static final int LONGEST_CODE = 64;

    private final SessionService sessions;
    private final SignUpProperties signUp;

    SignInPage(SessionService sessions, SignUpProperties signUp) {
        this.sessions = sessions;
        this.signUp = signUp;
    }

    @GetMapping("/login")
    @PublicEndpoint("the sign-in form is how a user becomes authenticated")
    ModelAndView form(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String next) {
        if (actor != null) {
            return new ModelAndView(LocalRedirects.to(LocalRedirects.localPath(next, SessionPages.HOME)));
        }
        return signInForm("", next, null, HttpStatus.OK);
    }

    @PostMapping("/login")
    @PublicEndpoint("signing in is how a user becomes authenticated")
    @LimitedPerAddress("sign-in")
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
        if (plausible) {
            try {
                return signedIn(sessions.signIn(email.strip(), password, request, response), next);
            } catch (SessionService.InvalidCredentialsException wrong) {
                // answered below exactly like blank or oversized input
            }
        }
        return signInForm(email.length() <= LONGEST_INPUT ? email : "", next, "signIn.failed", HttpStatus.UNAUTHORIZED);
    }

    @GetMapping("/login/code")
    @PublicEndpoint("the second step of signing in, between the password and the session")
    ModelAndView codeForm(
            @AuthenticationPrincipal Actor actor,
            @CookieValue(name = SessionCookies.PENDING_MFA, required = false) String pending,
            @RequestParam(required = false) String next) {
        if (actor != null) {
            return new ModelAndView(LocalRedirects.to(LocalRedirects.localPath(next, SessionPages.HOME)));
        }
        if (pending == null || pending.isEmpty()) {
            return new ModelAndView(LocalRedirects.to("/login" + nextQuery(next)));
        }
        return codePage(next, null, HttpStatus.OK);
    }

    @PostMapping("/login/code")
    @PublicEndpoint("the second step of signing in, between the password and the session")
    @LimitedPerAddress("sign-in-code")
    ModelAndView code(
            @RequestParam(defaultValue = "") String code,
            @RequestParam(required = false) String next,
            HttpServletRequest request,
            HttpServletResponse response) {
        String typed = code.replace(" ", "").strip();
        if (typed.isEmpty() || typed.length() > LONGEST_CODE) {
            return codePage(next, "signIn.code.missing", HttpStatus.BAD_REQUEST);
        }
        try {
            return signedIn(sessions.completeWithCode(typed, request, response), next);
        } catch (UnauthenticatedException refused) {
            String reason =
                    refused.type() == ProblemType.MFA_SIGN_IN_EXPIRED ? "signIn.code.expired" : "signIn.code.wrong";
            return codePage(next, reason, HttpStatus.UNAUTHORIZED);
        }
    }

    /**
     * Where a sign-in step leads: the code page; else set-up of two-step verification when the shop requires it, or the
     * page asked for; by way of a page telling of a lock of the account since the last sign-in, which is told only
     * this once.
     */
    private static ModelAndView signedIn(SessionService.SignInResult result, String next) {
        if (result.mfaRequired()) {
            return new ModelAndView(LocalRedirects.to("/login/code" + nextQuery(next)));
        }
        String target = result.mfaEnrolmentRequired()
                ? AccountSecurityPage.PATH
                : LocalRedirects.localPath(next, SessionPages.HOME);
        if (result.lockedAt() == null) {
            return new ModelAndView(LocalRedirects.to(target));
        }
        return new ModelAndView(
                "identity/signed-in",
                Map.of("next", target, "lockedAt", new StaffTime.Format(ZoneOffset.UTC).format(result.lockedAt())));
    }

    private ModelAndView signInForm(String email, String next, String errorKey, HttpStatus status) {
        ModelAndView page = new ModelAndView("identity/sign-in", status);
        page.addObject("email", email);
        page.addObject("next", LocalRedirects.localPath(next, ""));
        page.addObject("errorKey", errorKey);
        page.addObject("signUpEnabled", signUp.enabled());
        return page;
    }

    private static ModelAndView codePage(String next, String errorKey, HttpStatus status) {
        ModelAndView page = new ModelAndView("identity/sign-in-code", status);
        page.addObject("next", LocalRedirects.localPath(next, ""));
        page.addObject("errorKey", errorKey);
        return page;
    }

    private static String nextQuery(String next) {
        String local = LocalRedirects.localPath(next, null);
        return local == null ? "" : "?next=" + URLEncoder.encode(local, StandardCharsets.UTF_8);
    }
}
