package app.pitwall.identity.web;

import app.pitwall.access.PublicEndpoint;
import app.pitwall.identity.LimitedPerAddress;
import app.pitwall.identity.internal.SignUps;
import app.pitwall.tenancy.Location;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/signup}: a business creates its tenant, first location and owner account and
 * is signed in. Answers 403 when the operator switched sign-up off.
 */
@RestController
class SignUpApi {

    private final SignUps signUps;

    SignUpApi(SignUps signUps) {
        this.signUps = signUps;
    }

    /** What a business sends; the location settings are optional (repair shop, UTC, USD, US). */
    record SignUp(
            @NotBlank @Size(max = 200) String businessName,
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Email @Size(max = 254) String email,
            @NotBlank @Size(max = 1000) String password,
            Location.Kind locationKind,
            @Size(max = 60) String timeZone,

            @Pattern(regexp = "^[A-Z]{3}$", message = "must be an ISO 4217 currency code")
            String currency,

            @Pattern(regexp = "^[A-Za-z]{2}$", message = "must be a two-letter country code")
            String country) {}

    record SignedUp(UUID tenantId, UUID userId, UUID locationId, String name, Instant accessExpiresAt) {}

    @PostMapping("/api/v1/signup")
    @LimitedPerAddress("sign-up")
    @ResponseStatus(HttpStatus.CREATED)
    @PublicEndpoint("a new business has no account yet; the operator can switch sign-up off")
    SignedUp signUp(@Valid @RequestBody SignUp body, HttpServletRequest request, HttpServletResponse response) {
        SignUps.SignedUp done = signUps.signUp(
                new SignUps.Application(
                        body.businessName(),
                        body.name(),
                        body.email(),
                        body.password(),
                        body.locationKind(),
                        Inputs.zone("timeZone", body.timeZone()),
                        Inputs.currency("currency", body.currency()),
                        body.country()),
                request,
                response);
        return new SignedUp(
                done.tenantId().value(), done.ownerId(), done.locationId(), done.name(), done.accessExpiresAt());
    }
}
