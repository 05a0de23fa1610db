package app.pitwall.identity.web;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.access.RecentAuthentication;
import app.pitwall.access.RequiresPermission;
import app.pitwall.access.Role;
import app.pitwall.identity.LimitedPerAddress;
import app.pitwall.identity.internal.AccountLocks;
import app.pitwall.identity.internal.StaffManagement;
import app.pitwall.identity.internal.StaffMember;
import app.pitwall.platform.ConflictException;
import app.pitwall.platform.ForbiddenException;
import app.pitwall.platform.InvalidInputException;
import app.pitwall.platform.web.FormErrors;
import app.pitwall.platform.web.LocalRedirects;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
 * {@code /users/{id}}: one staff member, and what those who manage staff may do to them: change their role (with
 * {@code roles:assign}, never above one's own or one's own role, after a recent proof of identity), limit them to
 * locations, disable or enable the account, lift a sign-in lock, and end all their sessions. Each form is shown only to
 * those allowed to use it; the service's rules decide in the end.
 */
@Controller
class StaffMemberPage {

    private final StaffManagement staff;
    private final AccountLocks locks;
    private final StaffViews views;
    private final Proofs proofs;
    private final StaffTime time;
    private final MessageSource messages;

    StaffMemberPage(
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

    @GetMapping("/users/{id}")
    @RequiresPermission(Permission.USERS_READ)
    ModelAndView member(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Locale locale) {
        return page(actor, staff.find(actor, id), new FormErrors(), locale, HttpStatus.OK);
    }

    @PostMapping("/users/{id}/role")
    @RequiresPermission(Permission.USERS_MANAGE)
    @LimitedPerAddress("reauthenticate")
    ModelAndView changeRole(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String role,
            @RequestParam(required = false) String proofPassword,
            @RequestParam(required = false) String proofCode,
            HttpServletRequest request,
            Locale locale) {
        StaffMember member = staff.find(actor, id);
        Optional<Role> chosen = StaffPages.role(role);
        if (chosen.isEmpty()) {
            return page(actor, member, error("role", "users.role.invalid", locale), locale, HttpStatus.BAD_REQUEST);
        }
        if (chosen.get() == member.role()) {
            return back(id, "nothing-changed");
        }
        Actor proven = actor;
        if (!proofs.isRecent(actor)) {
            Proofs.Proof proof = proofs.prove(
                    actor, proofPassword, proofCode, request.getRemoteAddr(), "proofPassword", "proofCode", locale);
            if (!proof.succeeded()) {
                return page(actor, member, proof.errors(), locale, HttpStatus.BAD_REQUEST);
            }
            proven = proof.actor();
        }
        return change(proven, member, new StaffManagement.Change(chosen.get(), null, null), "role-changed", locale);
    }

    @PostMapping("/users/{id}/locations")
    @RequiresPermission(Permission.USERS_MANAGE)
    ModelAndView changeLocations(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestParam(required = false) List<String> locationIds,
            Locale locale) {
        StaffMember member = staff.find(actor, id);
        Optional<List<UUID>> locations = StaffViews.ids(locationIds);
        if (locations.isEmpty()) {
            return page(
                    actor,
                    member,
                    error("locationIds", "form.location.invalid", locale),
                    locale,
                    HttpStatus.BAD_REQUEST);
        }
        return change(
                actor, member, new StaffManagement.Change(null, locations.get(), null), "locations-changed", locale);
    }

    @PostMapping("/users/{id}/disable")
    @RequiresPermission(Permission.USERS_MANAGE)
    ModelAndView disable(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Locale locale) {
        return change(
                actor, staff.find(actor, id), new StaffManagement.Change(null, null, true), "user-disabled", locale);
    }

    @PostMapping("/users/{id}/enable")
    @RequiresPermission(Permission.USERS_MANAGE)
    ModelAndView enable(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Locale locale) {
        return change(
                actor, staff.find(actor, id), new StaffManagement.Change(null, null, false), "user-enabled", locale);
    }

    @PostMapping("/users/{id}/unlock")
    @RequiresPermission(Permission.USERS_MANAGE)
    ModelAndView unlock(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Locale locale) {
        StaffMember member = staff.find(actor, id);
        try {
            locks.unlock(actor, id);
        } catch (ForbiddenException above) {
            return page(actor, member, globalError("users.notAllowed", locale), locale, HttpStatus.FORBIDDEN);
        }
        return back(id, "user-unlocked");
    }

    @PostMapping("/users/{id}/sessions/end")
    @RequiresPermission(Permission.USERS_MANAGE)
    ModelAndView endSessions(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Locale locale) {
        StaffMember member = staff.find(actor, id);
        try {
            staff.revokeSessions(actor, id);
        } catch (ForbiddenException above) {
            return page(actor, member, globalError("users.notAllowed", locale), locale, HttpStatus.FORBIDDEN);
        }
        return back(id, "sessions-ended");
    }

    private ModelAndView change(
            Actor actor, StaffMember member, StaffManagement.Change change, String notice, Locale locale) {
        try {
            staff.change(actor, member.id(), change);
        } catch (InvalidInputException refused) {
            FormErrors errors = FormErrors.of(refused, field -> field, messages, locale);
            return page(actor, member, errors, locale, HttpStatus.BAD_REQUEST);
        } catch (ForbiddenException refused) {
            String key = RecentAuthentication.REQUIRED.equals(refused.type()) ? "proof.needed" : "users.notAllowed";
            FormErrors errors = RecentAuthentication.REQUIRED.equals(refused.type())
                    ? error("proofPassword", key, locale)
                    : globalError(key, locale);
            return page(actor, member, errors, locale, HttpStatus.FORBIDDEN);
        } catch (ConflictException lastOwner) {
            return page(actor, member, globalError("users.lastOwner", locale), locale, HttpStatus.CONFLICT);
        }
        return back(member.id(), notice);
    }

    private ModelAndView page(Actor actor, StaffMember member, FormErrors errors, Locale locale, HttpStatus status) {
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

    private static ModelAndView back(UUID id, String notice) {
        return new ModelAndView(LocalRedirects.to("/users/" + id + "?notice=" + notice));
    }

    private FormErrors error(String field, String key, Locale locale) {
        return new FormErrors().field(field, messages.getMessage(key, null, locale));
    }

    private FormErrors globalError(String key, Locale locale) {
        return new FormErrors().global(messages.getMessage(key, null, locale));
    }
}
