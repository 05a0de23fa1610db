package app.pitwall.identity.web;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.access.RequiresPermission;
import app.pitwall.access.SignedIn;
import app.pitwall.identity.internal.SessionDirectory;
import app.pitwall.identity.internal.StaffManagement;
import app.pitwall.platform.web.PageView;
import app.pitwall.platform.web.Paging;
import java.time.Instant;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sessions people can see and end: {@code /api/v1/me/sessions} and {@code /api/v1/me/sign-ins} for
 * one's own (the latest {@value #SIGN_INS_KEPT} sign-ins), {@code /api/v1/sessions} for everyone's in the tenant.
 */
@RestController
@Validated
class SessionApi {

    static final int SIGN_INS_KEPT = 500;

    private final SessionDirectory directory;
    private final StaffManagement staff;

    SessionApi(SessionDirectory directory, StaffManagement staff) {
        this.directory = directory;
        this.staff = staff;
    }

    /**
     * A session: when and from where it began, what device, whether it is the caller's own current one.
     */
    record SessionView(
            UUID id,
            UUID userId,
            String userName,
            Instant signedInAt,
            Instant lastActiveAt,
            Instant expiresAt,
            Instant endedAt,
            String endReason,
            String sourceAddress,
            String device,
            boolean current) {

        static SessionView of(SessionDirectory.SessionInfo info, Actor actor) {
            return new SessionView(
                    info.id(),
                    info.userId(),
                    info.userName(),
                    info.signedInAt(),
                    info.lastActiveAt(),
                    info.expiresAt(),
                    info.endedAt(),
                    info.endReason(),
                    info.sourceAddress(),
                    info.device(),
                    info.id().equals(actor.sessionId()));
        }
    }

    @GetMapping("/api/v1/me/sessions")
    @SignedIn
    PageView<SessionView> mine(@AuthenticationPrincipal Actor actor, Paging paging) {
        return paging.slice(directory.mine(actor), s -> SessionView.of(s, actor));
    }

    @DeleteMapping("/api/v1/me/sessions/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @SignedIn
    void endMine(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        directory.endMine(actor, id);
    }

    @GetMapping("/api/v1/me/sign-ins")
    @SignedIn
    PageView<SessionView> signIns(@AuthenticationPrincipal Actor actor, Paging paging) {
        return paging.slice(directory.signIns(actor, SIGN_INS_KEPT), s -> SessionView.of(s, actor));
    }

    @GetMapping("/api/v1/sessions")
    @RequiresPermission(Permission.SESSIONS_READ)
    PageView<SessionView> everyones(@AuthenticationPrincipal Actor actor, Paging paging) {
        return paging.slice(directory.everyones(actor), s -> SessionView.of(s, actor));
    }

    @DeleteMapping("/api/v1/sessions/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @RequiresPermission(Permission.USERS_MANAGE)
    void end(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        staff.revokeSession(actor, id);
    }
}
