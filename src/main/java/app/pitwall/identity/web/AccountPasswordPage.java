package app.pitwall.identity.web;

import app.pitwall.access.Actor;
import app.pitwall.access.SignedIn;
import app.pitwall.identity.LimitedPerAddress;
import app.pitwall.identity.internal.PasswordChanges;
import app.pitwall.platform.InvalidInputException;
import app.pitwall.platform.web.FormErrors;
import app.pitwall.platform.web.LocalRedirects;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /account/password}: the user changes their password, giving the current one; every other session of the
 * account ends. A password change needs a recent proof of identity: when the user's is too old, the current password
 * (and a code, with two-step verification on) given here is that proof.
 */
@Controller
class AccountPasswordPage {

    static final String PATH = "/account/password";

    private final PasswordChanges changes;
    private final Proofs proofs;
    private final MessageSource messages;

    AccountPasswordPage(PasswordChanges changes, Proofs proofs, MessageSource messages) {
        this.changes = changes;
        this.proofs = proofs;
        this.messages = messages;
    }

    @GetMapping(PATH)
    @SignedIn
    ModelAndView form(@AuthenticationPrincipal Actor actor) {
        return form(actor, new FormErrors(), HttpStatus.OK);
    }

    @PostMapping(PATH)
    @SignedIn
    @LimitedPerAddress("reauthenticate")
    ModelAndView change(
            @AuthenticationPrincipal Actor actor,
            @RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(required = false) String proofCode,
            @RequestParam(defaultValue = "") String newPassword,
            HttpServletRequest request,
            Locale locale) {
        FormErrors errors = new FormErrors();
        if (currentPassword.isEmpty() || currentPassword.length() > Proofs.LONGEST_PASSWORD) {
            errors.field("currentPassword", message("password.current.required", locale));
        }
        if (newPassword.isEmpty() || newPassword.length() > Proofs.LONGEST_PASSWORD) {
            errors.field("newPassword", message("form.password.required", locale));
        }
        if (!errors.isEmpty()) {
            return form(actor, errors, HttpStatus.BAD_REQUEST);
        }
        Actor proven = actor;
        if (!proofs.isRecent(actor)) {
            Proofs.Proof proof = proofs.prove(
                    actor, currentPassword, proofCode, request.getRemoteAddr(), "currentPassword", "proofCode", locale);
            if (!proof.succeeded()) {
                return form(actor, proof.errors(), HttpStatus.BAD_REQUEST);
            }
            proven = proof.actor();
        }
        try {
            changes.change(proven, currentPassword, newPassword);
        } catch (InvalidInputException refused) {
            return form(actor, FormErrors.of(refused, field -> field, messages, locale), HttpStatus.BAD_REQUEST);
        }
        return new ModelAndView(LocalRedirects.to(PATH + "?notice=password-changed"));
    }

    private ModelAndView form(Actor actor, FormErrors errors, HttpStatus status) {
        ModelAndView page = new ModelAndView("account/password", status);
        page.addObject("errors", errors);
        page.addObject("askCode", !proofs.isRecent(actor) && proofs.usesMfa(actor));
        return page;
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
