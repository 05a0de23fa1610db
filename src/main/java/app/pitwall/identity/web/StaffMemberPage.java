package app.pitwall.identity.web;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.access.RequiresPermission;
import app.pitwall.access.Role;
import app.pitwall.identity.LimitedPerAddress;
import app.pitwall.identity.internal.StaffManagement;
import app.pitwall.identity.internal.StaffMember;
import app.pitwall.platform.web.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /users/{id}}: one staff member, with their role and locations for those who manage staff to change: a role
 * only with {@code roles:assign}, never above one's own or one's own role, and after a recent proof of identity (the
 * form asks for the password when the last one is too old); locations only those the manager works at. The service's
 * rules decide in the end; its refusals are shown on the page.
 */
@Controller
class StaffMemberPage {

    private final StaffManagement staff;
    private final StaffMemberForms forms;
    private final Proofs proofs;

    StaffMemberPage(StaffManagement staff, StaffMemberForms forms, Proofs proofs) {
        this.staff = staff;
        this.forms = forms;
        this.proofs = proofs;
    }

    @GetMapping("/users/{id}")
    @RequiresPermission(Permission.USERS_READ)
    ModelAndView member(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Locale locale) {
        return forms.page(actor, staff.find(actor, id), locale);
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
        Optional<Role> chosen = StaffList.role(role);
        if (chosen.isEmpty()) {
            return forms.page(
                    actor, member, forms.error("role", "users.role.invalid", locale), locale, HttpStatus.BAD_REQUEST);
        }
        if (chosen.get() == member.role()) {
            return StaffMemberForms.back(id, "nothing-changed");
        }
        Actor proven = actor;
        if (!proofs.isRecent(actor)) {
            Proofs.Proof proof = proofs.prove(
                    actor, proofPassword, proofCode, request.getRemoteAddr(), "proofPassword", "proofCode", locale);
            if (!proof.succeeded()) {
                return forms.page(actor, member, proof.errors(), locale, HttpStatus.BAD_REQUEST);
            }
            proven = proof.actor();
        }
        return forms.change(
                proven, member, new StaffManagement.Change(chosen.get(), null, null), "role-changed", locale);
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
            FormErrors errors = forms.error("locationIds", "form.location.invalid", locale);
            return forms.page(actor, member, errors, locale, HttpStatus.BAD_REQUEST);
        }
        return forms.change(
                actor, member, new StaffManagement.Change(null, locations.get(), null), "locations-changed", locale);
    }
}
