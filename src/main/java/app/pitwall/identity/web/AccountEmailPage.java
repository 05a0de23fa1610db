package app.pitwall.identity.web;

import app.pitwall.access.Actor;
import app.pitwall.access.SignedIn;
import app.pitwall.identity.LimitedPerAddress;
import app.pitwall.identity.internal.EmailChanges;
import app.pitwall.platform.InvalidInputException;
import app.pitwall.platform.web.FormErrors;
import app.pitwall.platform.web.LocalRedirects;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /account/email}: the user asks to sign in with another email; a link goes to the new address, and the
 * change happens when it is followed ({@link EmailConfirmationPages}). Like a password change it needs a recent proof
 * of identity: when the user's is too old, the password (and a code, with two-step verification on) given here is
 * that proof. The answer is the same whatever the address; what was typed is kept when the request is refused.
 */
@Controller
class AccountEmailPage {

    static final String PATH = "/account/email";

    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final EmailChanges changes;
    private final Proofs proofs;
    private final MessageSource messages;

    AccountEmailPage(EmailChanges changes, Proofs proofs, MessageSource messages) {
        this.changes = changes;
        this.proofs = proofs;
        this.messages = messages;
    }

    @GetMapping(PATH)
    @SignedIn
    ModelAndView form(@AuthenticationPrincipal Actor actor) {
        return form(actor, "", new FormErrors(), HttpStatus.OK);
    }

    @PostMapping(PATH)
    @SignedIn
    @LimitedPerAddress("email-change")
    ModelAndView change(
            @AuthenticationPrincipal Actor actor,
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String proofPassword,
            @RequestParam(required = false) String proofCode,
            HttpServletRequest request,
            Locale locale) {
        String typed = email.strip();
        if (typed.length() > 254 || !ADDRESS.matcher(typed).matches()) {
            FormErrors errors = new FormErrors();
            errors.field("email", message("form.email.invalid", locale));
            return form(actor, typed, errors, HttpStatus.BAD_REQUEST);
        }
        Actor proven = actor;
        if (!proofs.isRecent(actor)) {
            Proofs.Proof proof = proofs.prove(
                    actor, proofPassword, proofCode, request.getRemoteAddr(), "proofPassword", "proofCode", locale);
            if (!proof.succeeded()) {
                return form(actor, typed, proof.errors(), HttpStatus.BAD_REQUEST);
            }
            proven = proof.actor();
        }
        try {
            changes.request(proven, typed, request.getRemoteAddr());
        } catch (InvalidInputException refused) {
            return form(actor, typed, FormErrors.of(refused, field -> field, messages, locale), HttpStatus.BAD_REQUEST);
        }
        return new ModelAndView(LocalRedirects.to(PATH + "?notice=email-change-sent"));
    }

    private ModelAndView form(Actor actor, String email, FormErrors errors, HttpStatus status) {
        ModelAndView page = new ModelAndView("account/email", status);
        page.addObject("errors", errors);
        page.addObject("email", email);
        page.addObject("askProof", !proofs.isRecent(actor));
        page.addObject("askCode", proofs.usesMfa(actor));
        return page;
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
