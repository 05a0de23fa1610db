package app.pitwall.identity.web;

import app.pitwall.access.Actor;
import app.pitwall.access.AllowedBeforeMfaEnrolment;
import app.pitwall.access.RequiresRecentAuthentication;
import app.pitwall.access.SignedIn;
import app.pitwall.identity.internal.TotpEnrolment;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in user's own second factor: see it, set up an authenticator app (secret, {@code
 * otpauth://} URI and QR code), confirm it with a first code to receive the recovery codes once,
 * and remove it. Reachable by a user whose tenant requires MFA before anything else.
 */
@RestController
@RequestMapping("/api/v1/me/mfa")
@AllowedBeforeMfaEnrolment
class MfaApi {

    private final TotpEnrolment enrolment;

    MfaApi(TotpEnrolment enrolment) {
        this.enrolment = enrolment;
    }

    record Code(@NotBlank @Size(max = 64) String code) {}

    record RecoveryCodes(List<String> recoveryCodes) {}

    @GetMapping
    @SignedIn
    TotpEnrolment.Status status(@AuthenticationPrincipal Actor actor) {
        return enrolment.status(actor);
    }

    @PostMapping("/totp")
    @SignedIn
    @RequiresRecentAuthentication
    TotpEnrolment.Setup start(@AuthenticationPrincipal Actor actor) {
        return enrolment.start(actor);
    }

    @PostMapping("/totp/confirm")
    @SignedIn
    RecoveryCodes confirm(@AuthenticationPrincipal Actor actor, @Valid @RequestBody Code code) {
        return new RecoveryCodes(enrolment.confirm(actor, code.code()));
    }

    @DeleteMapping("/totp")
    @SignedIn
    @RequiresRecentAuthentication
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void disable(@AuthenticationPrincipal Actor actor, @Valid @RequestBody Code code) {
        enrolment.disable(actor, code.code());
    }
}
