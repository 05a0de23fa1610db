package app.pitwall.identity.web;

import app.pitwall.access.Actor;
import app.pitwall.identity.internal.AccountLocks;
import app.pitwall.identity.internal.TenantSecuritySettings;
import app.pitwall.identity.internal.TotpEnrolment;
import app.pitwall.platform.web.FormErrors;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The two-step verification page ({@code account/security}) as its handlers render it: whether it is on, how many
 * recovery codes are left, whether the shop requires it, which forms the user's proof of identity allows now, and
 * when failed sign-ins last locked the account (within a month).
 */
@Component
class SecurityStatus {

    private final TotpEnrolment enrolment;
    private final TenantSecuritySettings settings;
    private final AccountLocks locks;
    private final Proofs proofs;
    private final StaffTime time;
    private final MessageSource messages;

    SecurityStatus(
            TotpEnrolment enrolment,
            TenantSecuritySettings settings,
            AccountLocks locks,
            Proofs proofs,
            StaffTime time,
            MessageSource messages) {
        this.enrolment = enrolment;
        this.settings = settings;
        this.locks = locks;
        this.proofs = proofs;
        this.time = time;
        this.messages = messages;
    }

    ModelAndView page(Actor actor, FormErrors errors, HttpStatus status) {
        ModelAndView page = new ModelAndView("account/security", status);
        page.addObject("mfa", enrolment.status(actor));
        page.addObject("requiredByShop", settings.of(actor.tenantId()).mfaRequiredFor(actor.role()));
        page.addObject("recent", proofs.isRecent(actor));
        page.addObject(
                "lastLocked",
                locks.lastLockOfMine(actor).map(time.of(actor)::format).orElse(null));
        page.addObject("errors", errors);
        return page;
    }

    /** The page asking for the password first, because the last proof of identity is too old for the change. */
    ModelAndView proofNeeded(Actor actor, Locale locale) {
        return page(actor, error("proofPassword", "proof.needed", locale), HttpStatus.FORBIDDEN);
    }

    FormErrors error(String field, String key, Locale locale) {
        return new FormErrors().field(field, messages.getMessage(key, null, locale));
    }
}
