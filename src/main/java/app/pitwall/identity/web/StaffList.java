package app.pitwall.identity.web;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.access.Role;
import app.pitwall.identity.internal.AccountLocks;
import app.pitwall.identity.internal.Invitation;
import app.pitwall.identity.internal.Invitations;
import app.pitwall.identity.internal.StaffManagement;
import app.pitwall.identity.internal.StaffMember;
import app.pitwall.platform.web.FormErrors;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The staff page ({@code staff/list}) as the staff and invitation handlers render it: everyone with role, locations
 * and whether they are disabled or locked out, and, for those who manage staff, the invite form, the open invitations
 * and the link of an invitation just made.
 */
@Component
class StaffList {

    private final StaffManagement staff;
    private final Invitations invitations;
    private final AccountLocks locks;
    private final StaffViews views;
    private final StaffTime time;

    StaffList(StaffManagement staff, Invitations invitations, AccountLocks locks, StaffViews views, StaffTime time) {
        this.staff = staff;
        this.invitations = invitations;
        this.locks = locks;
        this.views = views;
        this.time = time;
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
    record InviteForm(String email, String role, List<String> locationIds) {

        static InviteForm blank(String role) {
            return new InviteForm("", role, List.of());
        }
    }

    /** An invitation just made: its link, shown this once. */
    record Sent(String email, String acceptUrl, String expiresAt) {}

    ModelAndView page(Actor actor, InviteForm form, FormErrors errors, Sent sent, Locale locale, HttpStatus status) {
        Set<UUID> locked = locks.locked(actor);
        boolean canManage = actor.can(Permission.USERS_MANAGE);
        ModelAndView page = new ModelAndView("staff/list", status);
        page.addObject(
                "staff",
                staff.all(actor).stream()
                        .map(member -> row(actor, member, locked, locale))
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
                            .map(invitation -> invitationRow(actor, invitation, format, locale))
                            .toList());
        }
        return page;
    }

    /** The role a form names by its code, if it is one. */
    static Optional<Role> role(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Role.ofCode(code.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
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
}
