package app.pitwall.identity.web;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.access.PublicEndpoint;
import app.pitwall.access.RequiresPermission;
import app.pitwall.identity.LimitedPerAddress;
import app.pitwall.identity.internal.Invitation;
import app.pitwall.identity.internal.Invitations;
import app.pitwall.platform.web.PageView;
import app.pitwall.platform.web.Paging;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/invitations}: owners and managers invite staff, list and withdraw pending
 * invitations; the invitee accepts with the link's token and is signed in.
 */
@RestController
@RequestMapping("/api/v1/invitations")
class InvitationApi {

    private final Invitations invitations;

    InvitationApi(Invitations invitations) {
        this.invitations = invitations;
    }

    /** Whom to invite; no {@code locationIds} (or an empty list) means all locations. */
    record Invite(
            @NotBlank @Email @Size(max = 254) String email,
            @NotBlank @Size(max = 40) String role,
            @Size(max = 100) List<@NotNull UUID> locationIds) {}

    record Accept(
            @NotBlank @Size(max = 200) String token,
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 1000) String password) {}

    record InvitationView(
            UUID id,
            String email,
            String role,
            boolean allLocations,
            List<UUID> locationIds,
            UUID invitedBy,
            Instant createdAt,
            Instant expiresAt,
            String acceptUrl) {

        static InvitationView of(Invitation invitation, String acceptUrl) {
            return new InvitationView(
                    invitation.id(),
                    invitation.email(),
                    invitation.role().code(),
                    invitation.allLocations(),
                    List.copyOf(new TreeSet<>(invitation.locationIds())),
                    invitation.invitedBy(),
                    invitation.createdAt(),
                    invitation.expiresAt(),
                    acceptUrl);
        }
    }

    record Accepted(UUID tenantId, UUID userId, String name, Instant accessExpiresAt) {}

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @RequiresPermission(Permission.USERS_MANAGE)
    InvitationView invite(@AuthenticationPrincipal Actor actor, @Valid @RequestBody Invite body) {
        Invitations.Sent sent =
                invitations.invite(actor, body.email(), Inputs.role("role", body.role()), body.locationIds());
        return InvitationView.of(sent.invitation(), sent.acceptUrl());
    }

    @GetMapping
    @RequiresPermission(Permission.USERS_MANAGE)
    PageView<InvitationView> pending(@AuthenticationPrincipal Actor actor, Paging paging) {
        return paging.slice(invitations.pending(actor), i -> InvitationView.of(i, null));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @RequiresPermission(Permission.USERS_MANAGE)
    void revoke(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        invitations.revoke(actor, id);
    }

    @PostMapping("/accept")
    @LimitedPerAddress("invitation-accept")
    @ResponseStatus(HttpStatus.CREATED)
    @PublicEndpoint("the invitee has no account yet; the single-use invitation token authenticates the call")
    Accepted accept(@Valid @RequestBody Accept body, HttpServletRequest request, HttpServletResponse response) {
        Invitations.Accepted accepted =
                invitations.accept(body.token(), body.name(), body.password(), request, response);
        return new Accepted(
                accepted.tenantId().value(), accepted.userId(), accepted.name(), accepted.accessExpiresAt());
    }
}
