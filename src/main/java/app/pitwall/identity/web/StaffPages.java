package app.pitwall.identity.web;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.access.RequiresPermission;
import app.pitwall.access.Role;
import app.pitwall.identity.internal.AccountLocks;
import app.pitwall.identity.internal.Invitation;
import app.pitwall.identity.internal.Invitations;
import app.pitwall.identity.internal.StaffManagement;
import app.pitwall.identity.internal.StaffMember;
import app.pitwall.platform.ConflictException;
import app.pitwall.platform.ForbiddenException;
import app.pitwall.platform.InvalidInputException;
import app.pitwall.platform.web.FormErrors;
import app.pitwall.platform.web.LocalRedirects;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /users}: the shop's staff with role, locations and whether they are disabled or locked out; for those who
 * manage staff, inviting someone (into a role up to their own, at locations they work at) and the invitations still
 * open, which they can withdraw. Until email is sent, the invitation link is shown once to the inviter to pass on.
 */
@Controller
class StaffPages {

    static final String PATH = "/users";

    private final StaffManagement staff;
    private final Invitations invitations;
    private final AccountLocks locks;
    private final StaffViews views;
    private final StaffTime time;
    private final MessageSource messages;

    StaffPages(
            StaffManagement staff,
            Invitations invitations,
            AccountLocks locks,
            StaffViews views,
            StaffTime time,
            MessageSource messages) {
        this.staff = staff;
        this.invitations = invitations;
        this.locks = locks;
        this.views = views;
        this.time = time;
        this.messages = messages;
    }

    /** A staff member as the list shows them. */
    record StaffRow(
            UUID id,
            String name,
            String email,
            String roleKey,
            String locations,
            boolean disabled,
            boolean locked,
            boolean self) {}

    /** An open invitation as the list shows it. */
    record InvitationRow(
            UUID id, String email, String roleKey, String locations, String expiresAt, boolean withdrawable) {}

    /** The invite form as typed. */
    record InviteForm(String email, String role, List<String> locationIds) {}

    /** An invitation just made: its link, shown this once. */
    record Sent(String email, String acceptUrl, String expiresAt) {}

    @GetMapping(PATH)
    @RequiresPermission(Permission.USERS_READ)
    ModelAndView list(@AuthenticationPrincipal Actor actor, Locale locale) {
        return page(
                actor,
                new InviteForm("", Role.SERVICE_ADVISOR.code(), List.of()),
                new FormErrors(),
                null,
                locale,
                HttpStatus.OK);
    }

    @PostMapping(PATH + "/invitations")
    @RequiresPermission(Permission.USERS_MANAGE)
    ModelAndView invite(
            @AuthenticationPrincipal Actor actor,
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String role,
            @RequestParam(required = false) List<String> locationIds,
            Locale locale) {
        InviteForm form =
                new InviteForm(email.length() <= 254 ? email : "", role, locationIds == null ? List.of() : locationIds);
        FormErrors errors = new FormErrors();
        if (email.isBlank() || email.length() > 254 || !email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.field("email", message("form.email.invalid", locale));
        }
        Optional<Role> chosen =
                Optional.ofNullable(role).filter(code -> !code.isBlank()).flatMap(StaffPages::role);
        if (chosen.isEmpty()) {
            errors.field("role", message("users.role.invalid", locale));
        }
        Optional<List<UUID>> locations = StaffViews.ids(locationIds);
        if (locations.isEmpty()) {
            errors.field("locationIds", message("form.location.invalid", locale));
        }
        if (!errors.isEmpty()) {
            return page(actor, form, errors, null, locale, HttpStatus.BAD_REQUEST);
        }
        try {
            Invitations.Sent sent = invitations.invite(actor, email.strip(), chosen.get(), locations.get());
            Sent shown = new Sent(
                    sent.invitation().email(),
                    sent.acceptUrl(),
                    time.of(actor).format(sent.invitation().expiresAt()));
            return page(actor, new InviteForm("", role, List.of()), new FormErrors(), shown, locale, HttpStatus.OK);
        } catch (InvalidInputException refused) {
            return page(
                    actor,
                    form,
                    FormErrors.of(refused, field -> field, messages, locale),
                    null,
                    locale,
                    HttpStatus.BAD_REQUEST);
        } catch (ForbiddenException above) {
            return page(
                    actor,
                    form,
                    errors.field("role", message("users.role.aboveOwn", locale)),
                    null,
                    locale,
                    HttpStatus.FORBIDDEN);
        } catch (ConflictException alreadyStaff) {
            return page(
                    actor,
                    form,
                    errors.field("email", message("users.invite.alreadyStaff", locale)),
                    null,
                    locale,
                    HttpStatus.CONFLICT);
        }
    }

    @PostMapping(PATH + "/invitations/{id}/withdraw")
    @RequiresPermission(Permission.USERS_MANAGE)
    ModelAndView withdraw(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        invitations.revoke(actor, id);
        return new ModelAndView(LocalRedirects.to(PATH + "?notice=invitation-withdrawn"));
    }

    private ModelAndView page(
            Actor actor, InviteForm form, FormErrors errors, Sent sent, Locale locale, HttpStatus status) {
        Set<UUID> locked = locks.locked(actor);
        boolean canManage = actor.can(Permission.USERS_MANAGE);
        ModelAndView page = new ModelAndView("staff/list", status);
        page.addObject(
                "staff",
                staff.all(actor).stream()
                        .map(m -> row(actor, m, locked, locale))
                        .toList());
        page.addObject("canManage", canManage);
        page.addObject("errors", errors);
        page.addObject("sent", sent);
        if (canManage) {
            StaffTime.Format format = time.of(actor);
            page.addObject("form", form);
            page.addObject("roles", views.rolesUpTo(actor, locale));
            page.addObject("locations", views.locations(actor, form.locationIds()));
            page.addObject("allLocationsAllowed", actor.allLocations());
            page.addObject(
                    "invitations",
                    invitations.pending(actor).stream()
                            .map(i -> invitationRow(actor, i, format, locale))
                            .toList());
        }
        return page;
    }

    private StaffRow row(Actor actor, StaffMember member, Set<UUID> locked, Locale locale) {
        return new StaffRow(
                member.id(),
                member.name(),
                member.email(),
                "role." + member.role().code(),
                views.locationNames(actor, member.allLocations(), member.locationIds(), locale),
                member.disabled(),
                locked.contains(member.id()),
                member.id().equals(actor.userId()));
    }

    private InvitationRow invitationRow(Actor actor, Invitation invitation, StaffTime.Format format, Locale locale) {
        return new InvitationRow(
                invitation.id(),
                invitation.email(),
                "role." + invitation.role().code(),
                views.locationNames(actor, invitation.allLocations(), invitation.locationIds(), locale),
                format.format(invitation.expiresAt()),
                actor.role().isAtLeast(invitation.role()));
    }

    static Optional<Role> role(String code) {
        try {
            return Optional.of(Role.ofCode(code.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
