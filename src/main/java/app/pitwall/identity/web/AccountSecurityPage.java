package app.pitwall.identity.web;

import app.pitwall.access.Actor;
import app.pitwall.access.AllowedBeforeMfaEnrolment;
import app.pitwall.access.RecentAuthentication;
import app.pitwall.access.SignedIn;
import app.pitwall.identity.LimitedPerAddress;
import app.pitwall.identity.internal.TotpEnrolment;
import app.pitwall.platform.ConflictException;
import app.pitwall.platform.ForbiddenException;
import app.pitwall.platform.InvalidInputException;
import app.pitwall.platform.web.FormErrors;
import app.pitwall.platform.web.LocalRedirects;
import app.pitwall.platform.web.ProblemType;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /account/security}: the user's two-step verification, set up through {@link TwoStepSetupPages}. Turning it off
 * needs a recent proof of identity (the page asks for the password and a code when the last one is too old) and then
 * a fresh code, and is not offered while the shop requires it. A user whose shop requires two-step verification is
 * sent here and can do nothing else until it is on.
 */
@Controller
@AllowedBeforeMfaEnrolment
class AccountSecurityPage {

    static final String PATH = "/account/security";

    private final TotpEnrolment enrolment;
    private final SecurityStatus status;
    private final Proofs proofs;

    AccountSecurityPage(TotpEnrolment enrolment, SecurityStatus status, Proofs proofs) {
        this.enrolment = enrolment;
        this.status = status;
        this.proofs = proofs;
    }

    @GetMapping("/account")
    @SignedIn
    ModelAndView account() {
        return new ModelAndView(LocalRedirects.to(PATH));
    }

    @GetMapping(PATH)
    @SignedIn
    ModelAndView status(@AuthenticationPrincipal Actor actor) {
        return status.page(actor, new FormErrors(), HttpStatus.OK);
    }

    @PostMapping(PATH + "/reauthenticate")
    @SignedIn
    @LimitedPerAddress("reauthenticate")
    ModelAndView reauthenticate(
            @AuthenticationPrincipal Actor actor,
            @RequestParam(defaultValue = "") String proofPassword,
            @RequestParam(required = false) String proofCode,
            HttpServletRequest request,
            Locale locale) {
        Proofs.Proof proof = proofs.prove(
                actor, proofPassword, proofCode, request.getRemoteAddr(), "proofPassword", "proofCode", locale);
        if (!proof.succeeded()) {
            return status.page(actor, proof.errors(), HttpStatus.BAD_REQUEST);
        }
        return new ModelAndView(LocalRedirects.to(PATH + "?notice=identity-confirmed"));
    }

    @PostMapping(PATH + "/off")
    @SignedIn
    ModelAndView turnOff(
            @AuthenticationPrincipal Actor actor, @RequestParam(defaultValue = "") String code, Locale locale) {
        if (code.isBlank() || code.length() > Proofs.LONGEST_CODE) {
            return status.page(actor, status.error("code", "mfa.code.required", locale), HttpStatus.BAD_REQUEST);
        }
        try {
            enrolment.disable(actor, code.strip());
        } catch (ForbiddenException refused) {
            if (!RecentAuthentication.REQUIRED.equals(refused.type())) {
                throw refused;
            }
            return status.proofNeeded(actor, locale);
        } catch (InvalidInputException wrong) {
            return status.page(actor, status.error("code", "mfa.off.wrongCode", locale), HttpStatus.BAD_REQUEST);
        } catch (ConflictException refused) {
            if (refused.type() != ProblemType.MFA_REQUIRED) {
                return new ModelAndView(LocalRedirects.to(PATH));
            }
            return status.page(actor, status.error("code", "mfa.off.required", locale), HttpStatus.CONFLICT);
        }
        return new ModelAndView(LocalRedirects.to(PATH + "?notice=mfa-off"));
    }
}
