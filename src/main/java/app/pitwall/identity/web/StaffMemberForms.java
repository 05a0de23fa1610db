package app.pitwall.identity.web;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.access.RecentAuthentication;
import app.pitwall.identity.internal.AccountLocks;
import app.pitwall.identity.internal.StaffManagement;
import app.pitwall.identity.internal.StaffMember;
import app.pitwall.platform.ConflictException;
import app.pitwall.platform.ForbiddenException;
import app.pitwall.platform.InvalidInputException;
import app.pitwall.platform.web.FormErrors;
import app.pitwall.platform.web.LocalRedirects;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The page of one staff member ({@code staff/member}) as the member pages render it: their details and the forms the
 * viewer may use on them, which are only those their permissions and tier allow; and the outcome of a change made
 * there, which is the page again with why the service refused it, or back to the page with a notice.
 */
@Component
class StaffMemberForms {

    private final StaffManagement staff;
    private final AccountLocks locks;
    private final StaffViews views;
    private final Proofs proofs;
    private final StaffTime time;
    private final MessageSource messages;

    StaffMemberForms(
            StaffManagement staff,
            AccountLocks locks,
            StaffViews views,
            Proofs proofs,
            StaffTime time,
            MessageSource messages) {
        this.staff = staff;
        this.locks = locks;
        this.views = views;
        this.proofs = proofs;
        this.time = time;
        this.messages = messages;
    }

    ModelAndView page(Actor actor, StaffMember member, Locale locale) {
        return page(actor, member, new FormErrors(), locale, HttpStatus.OK);
    }

    ModelAndView page(Actor actor, StaffMember member, FormErrors errors, Locale locale, HttpStatus status) {
        boolean self = member.id().equals(actor.userId());
        boolean manageable = self || actor.role().isAtLeast(member.role());
        boolean canManage = actor.can(Permission.USERS_MANAGE) && manageable;
        ModelAndView page = new ModelAndView("staff/member", status);
        page.addObject("member", member);
        page.addObject("roleKey", "role." + member.role().code());
        page.addObject(
                "locationNames", views.locationNames(actor, member.allLocations(), member.locationIds(), locale));
        page.addObject("since", time.of(actor).format(member.createdAt()));
        page.addObject("locked", locks.locked(actor).contains(member.id()));
        page.addObject("self", self);
        page.addObject("canManage", canManage);
        page.addObject("canAssign", canManage && !self && actor.can(Permission.ROLES_ASSIGN));
        page.addObject("roles", views.rolesUpTo(actor, locale));
        page.addObject(
                "locations",
                views.locations(
                        actor, member.locationIds().stream().map(UUID::toString).toList()));
        page.addObject("allLocationsAllowed", actor.allLocations());
        page.addObject("recent", proofs.isRecent(actor));
        page.addObject("mfa", canManage && !proofs.isRecent(actor) && proofs.usesMfa(actor));
        page.addObject("errors", errors);
        return page;
    }

    /** Applies a change, or shows the member's page with why it was refused. */
    ModelAndView change(Actor actor, StaffMember member, StaffManagement.Change change, String notice, Locale locale) {
        try {
            staff.change(actor, member.id(), change);
        } catch (InvalidInputException refused) {
            FormErrors errors = FormErrors.of(refused, field -> field, messages, locale);
            return page(actor, member, errors, locale, HttpStatus.BAD_REQUEST);
        } catch (ForbiddenException refused) {
            FormErrors errors = RecentAuthentication.REQUIRED.equals(refused.type())
                    ? error("proofPassword", "proof.needed", locale)
                    : globalError("users.notAllowed", locale);
            return page(actor, member, errors, locale, HttpStatus.FORBIDDEN);
        } catch (ConflictException lastOwner) {
            return page(actor, member, globalError("users.lastOwner", locale), locale, HttpStatus.CONFLICT);
        }
        return back(member.id(), notice);
    }
    /** Back to the member's page with a notice of what was done. */
    static ModelAndView back(UUID id, String notice) {
        return new ModelAndView(LocalRedirects.to("/users/" + id + "?notice=" + notice));
    }

    FormErrors error(String field, String key, Locale locale) {
        return new FormErrors().field(field, messages.getMessage(key, null, locale));
    }

    FormErrors globalError(String key, Locale locale) {
        return new FormErrors().global(messages.getMessage(key, null, locale));
    }
}
