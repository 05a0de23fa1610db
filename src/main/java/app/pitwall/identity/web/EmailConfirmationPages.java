package app.pitwall.identity.web;

import app.pitwall.access.Actor;
import app.pitwall.access.PublicEndpoint;
import app.pitwall.identity.LimitedPerAddress;
import app.pitwall.identity.internal.EmailChanges;
import app.pitwall.platform.ConflictException;
import app.pitwall.platform.InvalidInputException;
import app.pitwall.platform.web.FormErrors;
import app.pitwall.platform.web.LocalRedirects;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Where the link sent to a new sign-in email leads: {@code /account/email/confirm?token=...} names the address and
 * asks, with a button, to use it (following a link changes nothing by itself, so a mail scanner that opens it does
 * not confirm); the button makes it the sign-in email. It works in any browser, signed in or not: the link's token
 * authenticates it.
 */
@Controller
class EmailConfirmationPages {

    static final String PATH = "/account/email/confirm";

    private static final int LONGEST_TOKEN = 200;

    private final EmailChanges changes;
    private final MessageSource messages;

    EmailConfirmationPages(EmailChanges changes, MessageSource messages) {
        this.changes = changes;
        this.messages = messages;
    }

    @GetMapping(PATH)
    @PublicEndpoint("the link sent to the new address leads here; its single-use token authenticates it")
    ModelAndView ask(@RequestParam(defaultValue = "") String token, Locale locale) {
        Optional<String> email = token.length() <= LONGEST_TOKEN ? changes.find(token) : Optional.empty();
        if (email.isEmpty()) {
            return page(token, null, unusable(locale), HttpStatus.BAD_REQUEST);
        }
        return page(token, email.get(), new FormErrors(), HttpStatus.OK);
    }

    @PostMapping(PATH)
    @PublicEndpoint("the single-use token from the link sent to the new address authenticates the call")
    @LimitedPerAddress("email-change")
    ModelAndView confirm(
            @AuthenticationPrincipal Actor actor, @RequestParam(defaultValue = "") String token, Locale locale) {
        if (token.isBlank() || token.length() > LONGEST_TOKEN) {
            return page("", null, unusable(locale), HttpStatus.BAD_REQUEST);
        }
        try {
            changes.confirm(token);
        } catch (InvalidInputException refused) {
            return page(token, null, unusable(locale), HttpStatus.BAD_REQUEST);
        } catch (ConflictException taken) {
            FormErrors errors = new FormErrors().global(messages.getMessage("emailConfirm.taken", null, locale));
            return page(token, null, errors, HttpStatus.CONFLICT);
        }
        String next = actor == null ? "/login" : AccountEmailPage.PATH;
        return new ModelAndView(LocalRedirects.to(next + "?notice=email-changed"));
    }

    private FormErrors unusable(Locale locale) {
        return new FormErrors().global(messages.getMessage("emailConfirm.unusable", null, locale));
    }

    private static ModelAndView page(String token, String email, FormErrors errors, HttpStatus status) {
        ModelAndView page = new ModelAndView("account/email-confirm", status);
        page.addObject("token", token);
        page.addObject("email", email);
        page.addObject("errors", errors);
        return page;
    }
}
