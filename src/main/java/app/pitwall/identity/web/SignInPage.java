package app.pitwall.identity.web;

import app.pitwall.access.Actor;
import app.pitwall.access.AllowedBeforeMfaEnrolment;
import app.pitwall.access.PublicEndpoint;
import app.pitwall.access.SignedIn;
import app.pitwall.identity.LimitedPerAddress;
import app.pitwall.identity.SignUpProperties;
import app.pitwall.identity.internal.SessionCookies;
import app.pitwall.identity.internal.SessionService;
import app.pitwall.platform.UnauthenticatedException;
import app.pitwall.platform.web.LocalRedirects;
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
 * The sign-in, sign-out and session-resume pages. Signing in here issues the same cookies as the JSON API, through the
 * same steps: a right password for an account with two-step verification opens only a pending sign-in, which a code
 * from the authenticator app (or a recovery code) completes. A wrong email or password, a locked account and a wrong
 * code each get one generic answer. Afterwards the browser returns to the page it asked for, but only to a path on this
 * site ({@link LocalRedirects}); a user whose shop requires two-step verification goes to set it up first, and one whose
 * account was locked since they last signed in is told so once.
 */
@Controller
class SignInPage {

    static final String HOME = "/customers";
    static final String MFA_SETUP = "/account/security";
    private static final int LONGEST_INPUT = 1000;
    private static final int LONGEST_CODE = 64;

    private final SessionService sessions;
    private final SignUpProperties signUp;

    SignInPage(SessionService sessions, SignUpProperties signUp) {
        this.sessions = sessions;
        this.signUp = signUp;
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
                SessionService.SignInResult result = sessions.signIn(email.strip(), password, request, response);
                if (result.mfaRequired()) {
                    return new ModelAndView(LocalRedirects.to("/login/code" + nextQuery(next)));
                }
                return signedIn(result, next);
            } catch (SessionService.InvalidCredentialsException e) {
                // answered below exactly like blank input
            }
        }
        return signInForm(email.length() <= LONGEST_INPUT ? email : "", next, "signIn.failed", HttpStatus.UNAUTHORIZED);
    }

    @GetMapping("/login/code")
    @PublicEndpoint("the second sign-in step; the pending-MFA cookie from a right password identifies it")
    ModelAndView codeForm(
            @AuthenticationPrincipal Actor actor,
            @CookieValue(name = SessionCookies.PENDING_MFA, required = false) String pending,
            @RequestParam(required = false) String next) {
        if (actor != null) {
            return new ModelAndView(LocalRedirects.to(LocalRedirects.localPath(next, HOME)));
        }
        if (pending == null || pending.isEmpty()) {
            return new ModelAndView(LocalRedirects.to("/login" + nextQuery(next)));
        }
        return codeForm(next, false, HttpStatus.OK);
    }

    @PostMapping("/login/code")
    @PublicEndpoint("the second sign-in step; the pending-MFA cookie from a right password authenticates it")
    @LimitedPerAddress("sign-in-code")
    ModelAndView signInWithCode(
            @RequestParam(defaultValue = "") String code,
            @RequestParam(required = false) String next,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (code.isBlank() || code.length() > LONGEST_CODE) {
            return codeForm(next, true, HttpStatus.UNAUTHORIZED);
        }
        try {
            return signedIn(sessions.completeWithCode(code.strip(), request, response), next);
        } catch (UnauthenticatedException refused) {
            if ("mfa-sign-in-expired".equals(refused.type())) {
                return signInForm("", next, "signIn.code.expired", HttpStatus.UNAUTHORIZED);
            }
            return codeForm(next, true, HttpStatus.UNAUTHORIZED);
        }
    }

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

    /**
     * Where a completed sign-in goes: set-up of two-step verification when the shop requires it, else the page asked
     * for; by way of a page telling of a lock of the account since the last sign-in, which is told only this once.
     */
    private ModelAndView signedIn(SessionService.SignInResult result, String next) {
        String target = result.mfaEnrolmentRequired() ? MFA_SETUP : LocalRedirects.localPath(next, HOME);
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

    private static ModelAndView codeForm(String next, boolean wrong, HttpStatus status) {
        ModelAndView page = new ModelAndView("identity/sign-in-code", status);
        page.addObject("next", LocalRedirects.localPath(next, ""));
        page.addObject("wrong", wrong);
        return page;
    }

    private static String nextQuery(String next) {
        String local = LocalRedirects.localPath(next, null);
        return local == null ? "" : "?next=" + URLEncoder.encode(local, StandardCharsets.UTF_8);
    }
}
