package app.pitwall.identity.web;

import app.pitwall.access.Actor;
import app.pitwall.access.PublicEndpoint;
import app.pitwall.access.RequiresRecentAuthentication;
import app.pitwall.access.SignedIn;
import app.pitwall.identity.LimitedPerAddress;
import app.pitwall.identity.internal.EmailChanges;
import app.pitwall.identity.internal.PasswordChanges;
import app.pitwall.identity.internal.PasswordResets;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Passwords and sign-in emails: a signed-in user changes their password ({@code POST /api/v1/me/password}) and asks
 * to sign in with another email ({@code POST /api/v1/me/email}), both within minutes of proving who they are; the new
 * email takes effect when the link sent to it is followed ({@code POST /api/v1/auth/email-change/confirm}), and the
 * request answers 202 the same way whatever the address. Anyone may ask for a reset link, which answers 202 whether
 * or not the email has an account, and confirm a reset with the link's token.
 */
@RestController
class PasswordApi {

    private final PasswordChanges changes;
    private final PasswordResets resets;
    private final EmailChanges emails;

    PasswordApi(PasswordChanges changes, PasswordResets resets, EmailChanges emails) {
        this.changes = changes;
        this.resets = resets;
        this.emails = emails;
    }

    record Change(
            @NotBlank @Size(max = 1000) String currentPassword,
            @NotBlank @Size(max = 1000) String newPassword) {}

    record Changed(int otherSessionsEnded) {}

    record EmailChange(@NotBlank @Email @Size(max = 254) String email) {}

    /** A change waiting for its link: the address it was sent to and until when it works. */
    record EmailChangeRequested(String pendingEmail, Instant expiresAt) {}

    record EmailChangeConfirmation(
            @NotBlank @Size(max = 200) String token) {}

    record EmailChanged(String email) {}

    record ResetRequest(@NotBlank @Size(max = 254) String email) {}

    record ResetConfirmation(
            @NotBlank @Size(max = 200) String token,
            @NotBlank @Size(max = 1000) String newPassword) {}

    @PostMapping("/api/v1/me/password")
    @RequiresRecentAuthentication
    @SignedIn
    Changed change(@AuthenticationPrincipal Actor actor, @Valid @RequestBody Change body) {
        return new Changed(changes.change(actor, body.currentPassword(), body.newPassword()));
    }

    @PostMapping("/api/v1/me/email")
    @RequiresRecentAuthentication
    @SignedIn
    @LimitedPerAddress("email-change")
    @ResponseStatus(HttpStatus.ACCEPTED)
    EmailChangeRequested changeEmail(
            @AuthenticationPrincipal Actor actor, @Valid @RequestBody EmailChange body, HttpServletRequest request) {
        EmailChanges.Requested requested = emails.request(actor, body.email(), request.getRemoteAddr());
        return new EmailChangeRequested(requested.email(), requested.expiresAt());
    }

    @PostMapping("/api/v1/auth/email-change/confirm")
    @LimitedPerAddress("email-change")
    @PublicEndpoint("the single-use token from the link sent to the new address authenticates the call")
    EmailChanged confirmEmail(@Valid @RequestBody EmailChangeConfirmation body) {
        return new EmailChanged(emails.confirm(body.token()));
    }

    @PostMapping("/api/v1/auth/password-reset")
    @LimitedPerAddress("password-reset")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PublicEndpoint("whoever forgot their password cannot sign in; the answer never says whether the email exists")
    void requestReset(@Valid @RequestBody ResetRequest body, HttpServletRequest request) {
        resets.request(body.email(), request.getRemoteAddr());
    }

    @PostMapping("/api/v1/auth/password-reset/confirm")
    @LimitedPerAddress("password-reset")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PublicEndpoint("the single-use reset token from the link authenticates the call")
    void confirmReset(@Valid @RequestBody ResetConfirmation body) {
        resets.confirm(body.token(), body.newPassword());
    }
}
