package app.pitwall.identity.web;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.access.RequiresPermission;
import app.pitwall.identity.internal.AccountLocks;
import app.pitwall.identity.internal.StaffManagement;
import app.pitwall.identity.internal.StaffMember;
import app.pitwall.platform.ForbiddenException;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Whether a staff member can get in, from their page: disable the account (which ends all its sessions at once) or
 * enable it again, lift a sign-in lock, or end all their sessions. Nobody does this to an account above their own tier,
 * nor disables their own or the last owner's.
 */
@Controller
class StaffAccessPages {

    private final StaffManagement staff;
    private final AccountLocks locks;
    private final StaffMemberForms forms;

    StaffAccessPages(StaffManagement staff, AccountLocks locks, StaffMemberForms forms) {
        this.staff = staff;
        this.locks = locks;
        this.forms = forms;
    }

    @PostMapping("/users/{id}/disable")
    @RequiresPermission(Permission.USERS_MANAGE)
    ModelAndView disable(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Locale locale) {
        return forms.change(
                actor, staff.find(actor, id), new StaffManagement.Change(null, null, true), "user-disabled", locale);
    }

    @PostMapping("/users/{id}/enable")
    @RequiresPermission(Permission.USERS_MANAGE)
    ModelAndView enable(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Locale locale) {
        return forms.change(
                actor, staff.find(actor, id), new StaffManagement.Change(null, null, false), "user-enabled", locale);
    }

    @PostMapping("/users/{id}/unlock")
    @RequiresPermission(Permission.USERS_MANAGE)
    ModelAndView unlock(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Locale locale) {
        StaffMember member = staff.find(actor, id);
        try {
            locks.unlock(actor, id);
        } catch (ForbiddenException above) {
            return refused(actor, member, locale);
        }
        return StaffMemberForms.back(id, "user-unlocked");
    }

    @PostMapping("/users/{id}/sessions/end")
    @RequiresPermission(Permission.USERS_MANAGE)
    ModelAndView endSessions(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Locale locale) {
        StaffMember member = staff.find(actor, id);
        try {
            staff.revokeSessions(actor, id);
        } catch (ForbiddenException above) {
            return refused(actor, member, locale);
        }
        return StaffMemberForms.back(id, "sessions-ended");
    }

    private ModelAndView refused(Actor actor, StaffMember member, Locale locale) {
        return forms.page(actor, member, forms.globalError("users.notAllowed", locale), locale, HttpStatus.FORBIDDEN);
    }
}
