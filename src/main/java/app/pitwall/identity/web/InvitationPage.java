package app.pitwall.identity.web;

import app.pitwall.access.PublicEndpoint;
import app.pitwall.identity.LimitedPerAddress;
import app.pitwall.identity.internal.Invitation;
import app.pitwall.identity.internal.Invitations;
import app.pitwall.platform.ConflictException;
import app.pitwall.platform.InvalidInputException;
import app.pitwall.platform.TenantScope;
import app.pitwall.platform.web.FormErrors;
import app.pitwall.platform.web.LocalRedirects;
import app.pitwall.tenancy.Tenants;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /invitations/accept?token=...}, where an invitation link leads: the invitee sees which shop invites them in
 * which role, chooses their name and password, and is signed in. A link that was used, withdrawn or has expired says
 * so and offers nothing else.
 */
@Controller
class InvitationPage {

    private static final int LONGEST_TOKEN = 200;
    private static final int LONGEST_NAME = 200;
    private static final int LONGEST_PASSWORD = 1000;

    private final Invitations invitations;
    private final Tenants tenants;
    private final MessageSource messages;

    InvitationPage(Invitations invitations, Tenants tenants, MessageSource messages) {
        this.invitations = invitations;
        this.tenants = tenants;
        this.messages = messages;
    }

    /** Who is invited where, as the page shows it. */
    record Invited(String email, String roleKey, String shop) {}

    @GetMapping("/invitations/accept")
    @PublicEndpoint("the invitee has no account yet; the single-use invitation token identifies the invitation")
    ModelAndView form(@RequestParam(defaultValue = "") String token) {
        return invited(token)
                .map(invited -> form(token, invited, "", new FormErrors(), HttpStatus.OK))
                .orElseGet(InvitationPage::unusable);
    }

    @PostMapping("/invitations/accept")
    @PublicEndpoint("the invitee has no account yet; the single-use invitation token authenticates the call")
    @LimitedPerAddress("invitation-accept")
    ModelAndView accept(
            @RequestParam(defaultValue = "") String token,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String password,
            HttpServletRequest request,
            HttpServletResponse response,
            Locale locale) {
        Optional<Invited> invited = invited(token);
        if (invited.isEmpty()) {
            return unusable();
        }
        String typedName = name.length() <= LONGEST_NAME ? name : "";
        FormErrors errors = new FormErrors();
        if (name.isBlank() || name.length() > LONGEST_NAME) {
            errors.field("name", message("invitation.name.required", locale));
        }
        if (password.isEmpty() || password.length() > LONGEST_PASSWORD) {
            errors.field("password", message("form.password.required", locale));
        }
        if (!errors.isEmpty()) {
            return form(token, invited.get(), typedName, errors, HttpStatus.BAD_REQUEST);
        }
        try {
            invitations.accept(token, name, password, request, response);
        } catch (InvalidInputException refused) {
            if (refused.fields().containsKey("token")) {
                return unusable();
            }
            return form(
                    token,
                    invited.get(),
                    typedName,
                    FormErrors.of(refused, field -> field, messages, locale),
                    HttpStatus.BAD_REQUEST);
        } catch (ConflictException taken) {
            FormErrors conflict = new FormErrors().global(message("invitation.emailTaken", locale));
            return form(token, invited.get(), typedName, conflict, HttpStatus.CONFLICT);
        }
        return new ModelAndView(LocalRedirects.to(SessionPages.HOME + "?notice=joined"));
    }

    private Optional<Invited> invited(String token) {
        if (token.isBlank() || token.length() > LONGEST_TOKEN) {
            return Optional.empty();
        }
        return invitations.find(token).map(this::invited);
    }

    private Invited invited(Invitation invitation) {
        String shop = TenantScope.callAs(invitation.tenantId(), () -> tenants.nameOf(invitation.tenantId()))
                .orElse("");
        return new Invited(invitation.email(), "role." + invitation.role().code(), shop);
    }

    private static ModelAndView form(String token, Invited invited, String name, FormErrors errors, HttpStatus status) {
        ModelAndView page = new ModelAndView("identity/invitation", status);
        page.addObject("token", token);
        page.addObject("invited", invited);
        page.addObject("name", name);
        page.addObject("errors", errors);
        return page;
    }

    private static ModelAndView unusable() {
        return new ModelAndView("identity/invitation-unusable", HttpStatus.NOT_FOUND);
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
