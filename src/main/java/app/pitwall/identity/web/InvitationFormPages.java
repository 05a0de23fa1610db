package app.pitwall.identity.web;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.access.RequiresPermission;
import app.pitwall.access.Role;
import app.pitwall.identity.internal.Invitations;
import app.pitwall.platform.ConflictException;
import app.pitwall.platform.ForbiddenException;
import app.pitwall.platform.InvalidInputException;
import app.pitwall.platform.web.FormErrors;
import app.pitwall.platform.web.LocalRedirects;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Inviting staff from the staff page: into a role up to one's own, at locations one works at. Until email is sent, the
 * invitation link is shown once, to the inviter, to pass on. An open invitation can be withdrawn, after which its link
 * no longer works.
 */
@Controller
class InvitationFormPages {

    private static final int LONGEST_EMAIL = 254;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final Invitations invitations;
    private final StaffList list;
    private final StaffTime time;
    private final MessageSource messages;

    InvitationFormPages(Invitations invitations, StaffList list, StaffTime time, MessageSource messages) {
        this.invitations = invitations;
        this.list = list;
        this.time = time;
        this.messages = messages;
    }

    @PostMapping(StaffPages.PATH + "/invitations")
    @RequiresPermission(Permission.USERS_MANAGE)
    ModelAndView invite(
            @AuthenticationPrincipal Actor actor,
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String role,
            @RequestParam(required = false) List<String> locationIds,
            Locale locale) {
        StaffList.InviteForm form = new StaffList.InviteForm(
                email.length() <= LONGEST_EMAIL ? email : "", role, locationIds == null ? List.of() : locationIds);
        FormErrors errors = new FormErrors();
        if (email.length() > LONGEST_EMAIL || !EMAIL.matcher(email.strip()).matches()) {
            errors.field("email", message("form.email.invalid", locale));
        }
        Optional<Role> chosen = StaffList.role(role);
        if (chosen.isEmpty()) {
            errors.field("role", message("users.role.invalid", locale));
        }
        Optional<List<UUID>> locations = StaffViews.ids(locationIds);
        if (locations.isEmpty()) {
            errors.field("locationIds", message("form.location.invalid", locale));
        }
        if (!errors.isEmpty()) {
            return list.page(actor, form, errors, null, locale, HttpStatus.BAD_REQUEST);
        }
        Invitations.Sent sent;
        try {
            sent = invitations.invite(actor, email.strip(), chosen.get(), locations.get());
        } catch (InvalidInputException refused) {
            FormErrors refusal = FormErrors.of(refused, field -> field, messages, locale);
            return list.page(actor, form, refusal, null, locale, HttpStatus.BAD_REQUEST);
        } catch (ForbiddenException above) {
            errors.field("role", message("users.role.aboveOwn", locale));
            return list.page(actor, form, errors, null, locale, HttpStatus.FORBIDDEN);
        } catch (ConflictException alreadyStaff) {
            errors.field("email", message("users.invite.alreadyStaff", locale));
            return list.page(actor, form, errors, null, locale, HttpStatus.CONFLICT);
        }
        StaffList.Sent shown = new StaffList.Sent(
                sent.invitation().email(),
                sent.acceptUrl(),
                time.of(actor).format(sent.invitation().expiresAt()));
        return list.page(actor, StaffList.InviteForm.blank(role), new FormErrors(), shown, locale, HttpStatus.OK);
    }

    @PostMapping(StaffPages.PATH + "/invitations/{id}/withdraw")
    @RequiresPermission(Permission.USERS_MANAGE)
    ModelAndView withdraw(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        invitations.revoke(actor, id);
        return new ModelAndView(LocalRedirects.to(StaffPages.PATH + "?notice=invitation-withdrawn"));
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
