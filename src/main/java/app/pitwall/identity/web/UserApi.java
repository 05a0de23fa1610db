package app.pitwall.identity.web;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.access.RequiresPermission;
import app.pitwall.identity.internal.StaffManagement;
import app.pitwall.identity.internal.StaffMember;
import app.pitwall.platform.web.ExpectedVersion;
import app.pitwall.platform.web.MergePatch;
import app.pitwall.platform.web.PageView;
import app.pitwall.platform.web.Paging;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/users}: the tenant's staff accounts; owners and managers change roles (with {@code
 * roles:assign}), locations and disabled state, and end a staff member's sessions.
 */
@RestController
@RequestMapping("/api/v1/users")
class UserApi {

    private final StaffManagement staff;

    UserApi(StaffManagement staff) {
        this.staff = staff;
    }

    /**
     * A change; absent fields stay as they are. An empty {@code locationIds} gives all locations.
     */
    record UserChange(
            @Size(max = 40) String role,
            @Size(max = 100) List<@NotNull UUID> locationIds,
            Boolean disabled,
            @Min(0) Integer version) {}

    record UserView(
            UUID id,
            String name,
            String email,
            String role,
            boolean allLocations,
            List<UUID> locationIds,
            boolean disabled,
            Instant createdAt,
            int version) {

        static UserView of(StaffMember member) {
            return new UserView(
                    member.id(),
                    member.name(),
                    member.email(),
                    member.role().code(),
                    member.allLocations(),
                    List.copyOf(new TreeSet<>(member.locationIds())),
                    member.disabled(),
                    member.createdAt(),
                    member.version());
        }
    }

    record Revoked(int sessionsEnded) {}

    @GetMapping
    @RequiresPermission(Permission.USERS_READ)
    PageView<UserView> all(@AuthenticationPrincipal Actor actor, Paging paging) {
        return paging.slice(staff.all(actor), UserView::of);
    }

    @GetMapping("/{id}")
    @RequiresPermission(Permission.USERS_READ)
    UserView get(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return UserView.of(staff.find(actor, id));
    }

    @PatchMapping("/{id}")
    @RequiresPermission(Permission.USERS_MANAGE)
    UserView change(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @Valid @RequestBody UserChange body,
            MergePatch patch,
            ExpectedVersion expected) {
        patch.clearable("locationIds");
        return UserView.of(staff.change(
                actor,
                id,
                new StaffManagement.Change(Inputs.role("role", body.role()), body.locationIds(), body.disabled()),
                expected.value()));
    }

    @PostMapping("/{id}/sessions/revoke")
    @RequiresPermission(Permission.USERS_MANAGE)
    Revoked revokeSessions(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return new Revoked(staff.revokeSessions(actor, id));
    }
}
