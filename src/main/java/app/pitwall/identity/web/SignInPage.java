package app.pitwall.identity.web;

import app.pitwall.access.Actor;
import app.pitwall.access.PublicEndpoint;
import app.pitwall.identity.internal.SessionService;
import app.pitwall.platform.UnauthenticatedException;
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
 * The sign-in page and, for accounts with two-step verification, the code page after it. Signing in here issues the
 * same cookies as the JSON API; a wrong email or password gets one generic answer that keeps the email typed.
 * Afterwards the browser returns to the page it asked for, but only to a path on this site ({@link LocalRedirects}).
 */
@Controller
class SignInPage {

    private static final int LONGEST_INPUT = 1000;

    private final SessionService sessions;

    SignInPage(SessionService sessions) {
        this.sessions = sessions;
    }

    @GetMapping("/login")
    @PublicEndpoint("the sign-in form is how a user becomes authenticated")
    ModelAndView form(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String next) {
        if (actor != null) {
            return new ModelAndView(LocalRedirects.to(LocalRedirects.localPath(next, SessionPages.HOME)));
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
        if (plausible) {
            try {
                return signedIn(sessions.signIn(email.strip(), password, request, response), next);
            } catch (SessionService.InvalidCredentialsException wrong) {
                // answered below exactly like blank or oversized input
            }
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

    @GetMapping("/login/code")
    @PublicEndpoint("the second step of signing in, between the password and the session")
    ModelAndView codeForm(@RequestParam(required = false) String next) {
        return codePage(next, null, HttpStatus.OK);
    }

    @PostMapping("/login/code")
    @PublicEndpoint("the second step of signing in, between the password and the session")
    ModelAndView code(
            @RequestParam(defaultValue = "") String code,
            @RequestParam(required = false) String next,
            HttpServletRequest request,
            HttpServletResponse response) {
        String typed = code.replace(" ", "").strip();
        if (typed.isEmpty() || typed.length() > 64) {
            return codePage(next, "signIn.code.missing", HttpStatus.BAD_REQUEST);
        }
        try {
            return signedIn(sessions.completeWithCode(typed, request, response), next);
        } catch (UnauthenticatedException refused) {
            String reason = "mfa-sign-in-expired".equals(refused.type()) ? "signIn.code.expired" : "signIn.code.wrong";
            return codePage(next, reason, HttpStatus.UNAUTHORIZED);
        }
    }

    /** Where a sign-in step leads: the code page, or the page asked for (with a notice when there is news). */
    private static ModelAndView signedIn(SessionService.SignInResult result, String next) {
        String target = LocalRedirects.localPath(next, SessionPages.HOME);
        if (result.mfaRequired()) {
            return new ModelAndView(
                    LocalRedirects.to("/login/code?next=" + URLEncoder.encode(target, StandardCharsets.UTF_8)));
        }
        if (result.notice() != null) {
            target = withNotice(target, "account-was-locked");
        }
        return new ModelAndView(LocalRedirects.to(target));
    }

    private static ModelAndView codePage(String next, String errorKey, HttpStatus status) {
        ModelAndView page = new ModelAndView("identity/sign-in-code", status);
        page.addObject("next", LocalRedirects.localPath(next, ""));
        page.addObject("errorKey", errorKey);
        return page;
    }

    private static String withNotice(String path, String notice) {
        int fragment = path.indexOf('#');
        String beforeFragment = fragment < 0 ? path : path.substring(0, fragment);
        String separator = beforeFragment.contains("?") ? "&" : "?";
        return beforeFragment + separator + "notice=" + notice + (fragment < 0 ? "" : path.substring(fragment));
    }
}
