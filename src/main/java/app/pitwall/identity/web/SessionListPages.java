package app.pitwall.identity.web;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.access.RequiresPermission;
import app.pitwall.access.SignedIn;
import app.pitwall.identity.internal.SessionDirectory;
import app.pitwall.identity.internal.SessionService;
import app.pitwall.identity.internal.StaffManagement;
import app.pitwall.platform.web.LocalRedirects;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Sessions people can see and end. {@code /account/sessions}: the user's own live sessions (this one marked) and
 * sign-in history, ending any of them or all at once. {@code /sessions}: every staff member's live sessions, for those
 * who may see them, and ending one for those who manage staff. Ending the session in use signs out here too.
 */
@Controller
class SessionListPages {

    private static final int HISTORY = 50;

    private final SessionDirectory directory;
    private final SessionService sessions;
    private final StaffManagement staff;
    private final StaffTime time;

    SessionListPages(SessionDirectory directory, SessionService sessions, StaffManagement staff, StaffTime time) {
        this.directory = directory;
        this.sessions = sessions;
        this.staff = staff;
        this.time = time;
    }

    @GetMapping("/account/sessions")
    @SignedIn
    ModelAndView mine(@AuthenticationPrincipal Actor actor) {
        StaffTime.Format format = time.of(actor);
        List<SessionDirectory.SessionInfo> live = directory.mine(actor);
        Set<UUID> liveIds = live.stream().map(SessionDirectory.SessionInfo::id).collect(Collectors.toSet());
        ModelAndView page = new ModelAndView("account/sessions");
        page.addObject(
                "sessions",
                live.stream()
                        .map(s -> SessionRow.of(s, actor.sessionId(), true, format))
                        .toList());
        page.addObject(
                "history",
                directory.signIns(actor, HISTORY).stream()
                        .map(s -> SessionRow.of(s, actor.sessionId(), liveIds.contains(s.id()), format))
                        .toList());
        return page;
    }

    @PostMapping("/account/sessions/{id}/end")
    @SignedIn
    ModelAndView endMine(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, HttpServletResponse response) {
        if (id.equals(actor.sessionId())) {
            sessions.signOut(actor, response);
            return new ModelAndView(LocalRedirects.to("/login?notice=signed-out"));
        }
        directory.endMine(actor, id);
        return new ModelAndView(LocalRedirects.to("/account/sessions?notice=session-ended"));
    }

    @PostMapping("/account/sessions/end-all")
    @SignedIn
    ModelAndView endAllMine(@AuthenticationPrincipal Actor actor, HttpServletResponse response) {
        sessions.signOutEverywhere(actor, response);
        return new ModelAndView(LocalRedirects.to("/login?notice=signed-out-everywhere"));
    }

    @GetMapping("/sessions")
    @RequiresPermission(Permission.SESSIONS_READ)
    ModelAndView everyones(@AuthenticationPrincipal Actor actor) {
        StaffTime.Format format = time.of(actor);
        ModelAndView page = new ModelAndView("staff/sessions");
        page.addObject(
                "sessions",
                directory.everyones(actor).stream()
                        .map(s -> SessionRow.of(s, actor.sessionId(), true, format))
                        .toList());
        page.addObject("canEnd", actor.can(Permission.USERS_MANAGE));
        return page;
    }

    @PostMapping("/sessions/{id}/end")
    @RequiresPermission(Permission.USERS_MANAGE)
    ModelAndView end(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, HttpServletResponse response) {
        if (id.equals(actor.sessionId())) {
            sessions.signOut(actor, response);
            return new ModelAndView(LocalRedirects.to("/login?notice=signed-out"));
        }
        staff.revokeSession(actor, id);
        return new ModelAndView(LocalRedirects.to("/sessions?notice=session-ended"));
    }
}
