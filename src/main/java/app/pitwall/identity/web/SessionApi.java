package app.pitwall.identity.web;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.access.RequiresPermission;
import app.pitwall.access.SignedIn;
import app.pitwall.identity.internal.SessionDirectory;
import app.pitwall.identity.internal.StaffManagement;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sessions people can see and end: {@code /api/v1/me/sessions} and {@code /api/v1/me/sign-ins} for
 * one's own, {@code /api/v1/sessions} for everyone's in the tenant.
 */
@RestController
@Validated
class SessionApi {

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
    List<SessionView> mine(@AuthenticationPrincipal Actor actor) {
        return directory.mine(actor).stream().map(s -> SessionView.of(s, actor)).toList();
    }

    @DeleteMapping("/api/v1/me/sessions/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @SignedIn
    void endMine(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        directory.endMine(actor, id);
    }

    @GetMapping("/api/v1/me/sign-ins")
    @SignedIn
    List<SessionView> signIns(
            @AuthenticationPrincipal Actor actor, @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit) {
        return directory.signIns(actor, limit).stream()
                .map(s -> SessionView.of(s, actor))
                .toList();
    }

    @GetMapping("/api/v1/sessions")
    @RequiresPermission(Permission.SESSIONS_READ)
    List<SessionView> everyones(@AuthenticationPrincipal Actor actor) {
        return directory.everyones(actor).stream()
                .map(s -> SessionView.of(s, actor))
                .toList();
    }

    @DeleteMapping("/api/v1/sessions/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @RequiresPermission(Permission.USERS_MANAGE)
    void end(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        staff.revokeSession(actor, id);
    }
}
