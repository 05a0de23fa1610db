package app.pitwall.identity.web;

import app.pitwall.access.Actor;
import app.pitwall.access.AllowedBeforeMfaEnrolment;
import app.pitwall.access.RecentAuthentication;
import app.pitwall.access.SignedIn;
import app.pitwall.identity.LimitedPerAddress;
import app.pitwall.identity.internal.TenantSecuritySettings;
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
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /account/security}: the user's two-step verification. Setting it up shows the QR code and the key of a new
 * secret, a first code from the app turns it on, and the ten recovery codes are shown this once. Turning it off needs a
 * code, and is not offered while the shop requires it. Both need a recent proof of identity; when the user's is too
 * old the page asks for the password (and code) first. A user whose shop requires two-step verification is sent here
 * and can do nothing else until it is on.
 */
@Controller
@AllowedBeforeMfaEnrolment
class AccountSecurityPage {

    static final String PATH = "/account/security";

    private final TotpEnrolment enrolment;
    private final TenantSecuritySettings settings;
    private final Proofs proofs;
    private final MessageSource messages;

    AccountSecurityPage(
            TotpEnrolment enrolment, TenantSecuritySettings settings, Proofs proofs, MessageSource messages) {
        this.enrolment = enrolment;
        this.settings = settings;
        this.proofs = proofs;
        this.messages = messages;
    }

    /** A set-up as the page shows it: the QR code, and the key in groups of four for typing by hand. */
    record SetupView(String qrCode, String key, String otpauthUri) {

        static SetupView of(TotpEnrolment.Setup setup) {
            return new SetupView(setup.qrCode(), setup.secret().replaceAll("(.{4})(?!$)", "$1 "), setup.otpauthUri());
        }
    }

    @GetMapping("/account")
    @SignedIn
    ModelAndView account() {
        return new ModelAndView(LocalRedirects.to(PATH));
    }

    @GetMapping(PATH)
    @SignedIn
    ModelAndView status(@AuthenticationPrincipal Actor actor) {
        return status(actor, new FormErrors(), HttpStatus.OK);
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
                return status(actor, proof.errors(), HttpStatus.BAD_REQUEST);
            }
            proven = proof.actor();
        }
        try {
            return setup(SetupView.of(enrolment.start(proven)), new FormErrors(), HttpStatus.OK);
        } catch (ForbiddenException e) {
            if (!RecentAuthentication.REQUIRED.equals(e.type())) {
                throw e;
            }
            return status(actor, proofNeeded("proofPassword", locale), HttpStatus.FORBIDDEN);
        } catch (ConflictException alreadyOn) {
            return new ModelAndView(LocalRedirects.to(PATH));
        }
    }

    @PostMapping(PATH + "/confirm")
    @SignedIn
    ModelAndView confirm(
            @AuthenticationPrincipal Actor actor, @RequestParam(defaultValue = "") String code, Locale locale) {
        if (code.isBlank() || code.length() > Proofs.LONGEST_CODE) {
            return setupAgain(actor, message("mfa.code.required", locale), locale);
        }
        List<String> recoveryCodes;
        try {
            recoveryCodes = enrolment.confirm(actor, code.strip());
        } catch (InvalidInputException wrong) {
            return setupAgain(actor, message("mfa.setup.wrongCode", locale), locale);
        } catch (ConflictException notPending) {
            return new ModelAndView(LocalRedirects.to(PATH));
        }
        return new ModelAndView("account/recovery-codes", "recoveryCodes", recoveryCodes);
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
            return status(actor, proof.errors(), HttpStatus.BAD_REQUEST);
        }
        return new ModelAndView(LocalRedirects.to(PATH + "?notice=identity-confirmed"));
    }

    @PostMapping(PATH + "/off")
    @SignedIn
    ModelAndView turnOff(
            @AuthenticationPrincipal Actor actor, @RequestParam(defaultValue = "") String code, Locale locale) {
        if (code.isBlank() || code.length() > Proofs.LONGEST_CODE) {
            return status(
                    actor,
                    new FormErrors().field("code", message("mfa.code.required", locale)),
                    HttpStatus.BAD_REQUEST);
        }
        try {
            enrolment.disable(actor, code.strip());
        } catch (ForbiddenException e) {
            if (!RecentAuthentication.REQUIRED.equals(e.type())) {
                throw e;
            }
            return status(actor, proofNeeded("proofPassword", locale), HttpStatus.FORBIDDEN);
        } catch (InvalidInputException wrong) {
            return status(
                    actor,
                    new FormErrors().field("code", message("mfa.off.wrongCode", locale)),
                    HttpStatus.BAD_REQUEST);
        } catch (ConflictException refused) {
            if ("mfa-required".equals(refused.type())) {
                return status(actor, new FormErrors().global(message("mfa.off.required", locale)), HttpStatus.CONFLICT);
            }
            return new ModelAndView(LocalRedirects.to(PATH));
        }
        return new ModelAndView(LocalRedirects.to(PATH + "?notice=mfa-off"));
    }

    /** The set-up again after a mistyped first code, or the status page when it cannot be shown again. */
    private ModelAndView setupAgain(Actor actor, String problem, Locale locale) {
        try {
            Optional<TotpEnrolment.Setup> pending = enrolment.pendingSetup(actor);
            if (pending.isPresent()) {
                return setup(
                        SetupView.of(pending.get()), new FormErrors().field("code", problem), HttpStatus.BAD_REQUEST);
            }
            return new ModelAndView(LocalRedirects.to(PATH));
        } catch (ForbiddenException e) {
            if (!RecentAuthentication.REQUIRED.equals(e.type())) {
                throw e;
            }
            return status(actor, proofNeeded("proofPassword", locale), HttpStatus.FORBIDDEN);
        }
    }

    private ModelAndView status(Actor actor, FormErrors errors, HttpStatus status) {
        TotpEnrolment.Status mfa = enrolment.status(actor);
        ModelAndView page = new ModelAndView("account/security", status);
        page.addObject("mfa", mfa);
        page.addObject("requiredByShop", settings.of(actor.tenantId()).mfaRequiredFor(actor.role()));
        page.addObject("recent", proofs.isRecent(actor));
        page.addObject("errors", errors);
        return page;
    }

    private static ModelAndView setup(SetupView setup, FormErrors errors, HttpStatus status) {
        ModelAndView page = new ModelAndView("account/security-setup", status);
        page.addObject("setup", setup);
        page.addObject("errors", errors);
        return page;
    }

    private FormErrors proofNeeded(String field, Locale locale) {
        return new FormErrors().field(field, message("proof.needed", locale));
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
