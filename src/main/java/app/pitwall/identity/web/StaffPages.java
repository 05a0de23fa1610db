package app.pitwall.identity.web;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.access.RequiresPermission;
import app.pitwall.access.Role;
import app.pitwall.platform.web.FormErrors;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /users}: the shop's staff with role, locations and whether they are disabled or locked out; for those who
 * manage staff, also the invite form and the invitations still open ({@link InvitationFormPages}).
 */
@Controller
class StaffPages {

    static final String PATH = "/users";

    private final StaffList list;

    StaffPages(StaffList list) {
        this.list = list;
    }

    @GetMapping(PATH)
    @RequiresPermission(Permission.USERS_READ)
    ModelAndView list(@AuthenticationPrincipal Actor actor, Locale locale) {
        return list.page(
                actor,
                StaffList.InviteForm.blank(Role.SERVICE_ADVISOR.code()),
                new FormErrors(),
                null,
                locale,
                HttpStatus.OK);
    }
}
