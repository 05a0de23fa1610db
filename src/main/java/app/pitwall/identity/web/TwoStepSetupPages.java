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
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Setting up two-step verification: a new secret shown as a QR code and as a key to type, a first code from the app
 * that turns it on, and the ten recovery codes, shown this once. Starting needs a recent proof of identity; when the
 * user's is too old, the password given with the request is that proof, or the page asks for it. A mistyped first code
 * shows the same set-up again.
 */
@Controller
@AllowedBeforeMfaEnrolment
class TwoStepSetupPages {

    private static final String PATH = AccountSecurityPage.PATH;

    private final TotpEnrolment enrolment;
    private final SecurityStatus status;
    private final Proofs proofs;

    TwoStepSetupPages(TotpEnrolment enrolment, SecurityStatus status, Proofs proofs) {
        this.enrolment = enrolment;
        this.status = status;
        this.proofs = proofs;
    }

    /** A set-up as the page shows it: the QR code, and the key in groups of four for typing by hand. */
    record SetupView(String qrCode, String key, String otpauthUri) {

        static SetupView of(TotpEnrolment.Setup setup) {
            return new SetupView(setup.qrCode(), setup.secret().replaceAll("(.{4})(?!$)", "$1 "), setup.otpauthUri());
        }
    }

    @PostMapping(PATH + "/setup")
    @SignedIn
    @LimitedPerAddress("reauthenticate")
    ModelAndView setUp(
            @AuthenticationPrincipal Actor actor,
            @RequestParam(required = false) String proofPassword,
            HttpServletRequest request,
            Locale locale) {
        Actor proven = actor;
        if (!proofs.isRecent(actor) && proofPassword != null) {
            Proofs.Proof proof =
                    proofs.prove(actor, proofPassword, null, request.getRemoteAddr(), "proofPassword", "", locale);
            if (!proof.succeeded()) {
                return status.page(actor, proof.errors(), HttpStatus.BAD_REQUEST);
            }
            proven = proof.actor();
        }
        try {
            return setup(SetupView.of(enrolment.start(proven)), new FormErrors(), HttpStatus.OK);
        } catch (ForbiddenException refused) {
            if (!RecentAuthentication.REQUIRED.equals(refused.type())) {
                throw refused;
            }
            return status.proofNeeded(actor, locale);
        } catch (ConflictException alreadyOn) {
            return new ModelAndView(LocalRedirects.to(PATH));
        }
    }

    @PostMapping(PATH + "/confirm")
    @SignedIn
    ModelAndView confirm(
            @AuthenticationPrincipal Actor actor, @RequestParam(defaultValue = "") String code, Locale locale) {
        if (code.isBlank() || code.length() > Proofs.LONGEST_CODE) {
            return setupAgain(actor, "mfa.code.required", locale);
        }
        List<String> recoveryCodes;
        try {
            recoveryCodes = enrolment.confirm(actor, code.strip());
        } catch (InvalidInputException wrong) {
            return setupAgain(actor, "mfa.setup.wrongCode", locale);
        } catch (ConflictException notPending) {
            return new ModelAndView(LocalRedirects.to(PATH));
        }
        return new ModelAndView("account/recovery-codes", "recoveryCodes", recoveryCodes);
    }

    /** The set-up again after a mistyped first code, or the status page when it cannot be shown again. */
    private ModelAndView setupAgain(Actor actor, String problemKey, Locale locale) {
        Optional<TotpEnrolment.Setup> pending;
        try {
            pending = enrolment.pendingSetup(actor);
        } catch (ForbiddenException refused) {
            if (!RecentAuthentication.REQUIRED.equals(refused.type())) {
                throw refused;
            }
            return status.proofNeeded(actor, locale);
        }
        return pending.map(setup ->
                        setup(SetupView.of(setup), status.error("code", problemKey, locale), HttpStatus.BAD_REQUEST))
                .orElseGet(() -> new ModelAndView(LocalRedirects.to(PATH)));
    }

    private static ModelAndView setup(SetupView setup, FormErrors errors, HttpStatus status) {
        ModelAndView page = new ModelAndView("account/security-setup", status);
        page.addObject("setup", setup);
        page.addObject("errors", errors);
        return page;
    }
}
