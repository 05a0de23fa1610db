package app.pitwall.identity.web;

import app.pitwall.access.PublicEndpoint;
import app.pitwall.identity.LimitedPerAddress;
import app.pitwall.identity.internal.PasswordResets;
import app.pitwall.platform.InvalidInputException;
import app.pitwall.platform.web.FormErrors;
import app.pitwall.platform.web.LocalRedirects;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Password reset by link. {@code /password-reset} asks for a link and always answers the same, whether or not the
 * email has an account; {@code /password-reset?token=...}, where the link leads, sets a new password, which ends every
 * session of the account and does not sign in, so the second factor is still asked for at the next sign-in.
 */
@Controller
class PasswordResetPages {

    private static final int LONGEST_EMAIL = 254;
    private static final int LONGEST_TOKEN = 200;
    private static final int LONGEST_PASSWORD = 1000;

    private final PasswordResets resets;
    private final MessageSource messages;

    PasswordResetPages(PasswordResets resets, MessageSource messages) {
        this.resets = resets;
        this.messages = messages;
    }

    @GetMapping("/password-reset")
    @PublicEndpoint("whoever forgot their password cannot sign in; the reset link's token authenticates the new one")
    ModelAndView form(@RequestParam(required = false) String token) {
        if (token == null || token.isBlank()) {
            return request("", new FormErrors(), HttpStatus.OK);
        }
        return newPassword(token.length() <= LONGEST_TOKEN ? token : "", new FormErrors(), HttpStatus.OK);
    }

    @PostMapping("/password-reset")
    @PublicEndpoint("whoever forgot their password cannot sign in; the answer never says whether the email exists")
    @LimitedPerAddress("password-reset")
    ModelAndView requestLink(@RequestParam(defaultValue = "") String email, HttpServletRequest request, Locale locale) {
        if (email.isBlank() || email.length() > LONGEST_EMAIL) {
            FormErrors errors = new FormErrors().field("email", message("passwordReset.email.required", locale));
            return request(email.length() <= LONGEST_EMAIL ? email : "", errors, HttpStatus.BAD_REQUEST);
        }
        resets.request(email, request.getRemoteAddr());
        return new ModelAndView("identity/password-reset-sent");
    }

    @PostMapping("/password-reset/confirm")
    @PublicEndpoint("the single-use reset token from the link authenticates the call")
    @LimitedPerAddress("password-reset")
    ModelAndView confirm(
            @RequestParam(defaultValue = "") String token,
            @RequestParam(defaultValue = "") String newPassword,
            Locale locale) {
        if (token.isBlank() || token.length() > LONGEST_TOKEN) {
            return newPassword("", unusableLink(locale), HttpStatus.BAD_REQUEST);
        }
        if (newPassword.isEmpty() || newPassword.length() > LONGEST_PASSWORD) {
            FormErrors errors = new FormErrors().field("newPassword", message("form.password.required", locale));
            return newPassword(token, errors, HttpStatus.BAD_REQUEST);
        }
        try {
            resets.confirm(token, newPassword);
        } catch (InvalidInputException refused) {
            FormErrors errors = refused.fields().containsKey("token")
                    ? unusableLink(locale)
                    : FormErrors.of(refused, field -> field, messages, locale);
            return newPassword(token, errors, HttpStatus.BAD_REQUEST);
        }
        return new ModelAndView(LocalRedirects.to("/login?notice=password-reset"));
    }

    private FormErrors unusableLink(Locale locale) {
        return new FormErrors().global(message("passwordReset.unusable", locale));
    }

    private static ModelAndView request(String email, FormErrors errors, HttpStatus status) {
        ModelAndView page = new ModelAndView("identity/password-reset", status);
        page.addObject("email", email);
        page.addObject("errors", errors);
        return page;
    }

    private static ModelAndView newPassword(String token, FormErrors errors, HttpStatus status) {
        ModelAndView page = new ModelAndView("identity/password-reset-new", status);
        page.addObject("token", token);
        page.addObject("errors", errors);
        return page;
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
