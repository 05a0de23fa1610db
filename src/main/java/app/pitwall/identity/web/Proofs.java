package app.pitwall.identity.web;

import app.pitwall.access.Actor;
import app.pitwall.access.RecentAuthentication;
import app.pitwall.identity.internal.Reauthentication;
import app.pitwall.identity.internal.TotpEnrolment;
import app.pitwall.platform.ForbiddenException;
import app.pitwall.platform.InvalidInputException;
import app.pitwall.platform.web.FormErrors;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The pages' side of re-authentication: whether the user proved who they are recently enough for a sensitive change,
 * and proving it again from a form's password (and code, when the user has two-step verification) through {@link
 * Reauthentication}, which counts failures toward the account's lockout. A refusal comes back as errors at the form's
 * fields, in one generic wording for a wrong password and a wrong code.
 */
@Component
class Proofs {

    static final int LONGEST_PASSWORD = 1000;
    static final int LONGEST_CODE = 64;

    private final Reauthentication reauthentication;
    private final TotpEnrolment enrolment;
    private final MessageSource messages;
    private final Clock clock;

    Proofs(Reauthentication reauthentication, TotpEnrolment enrolment, MessageSource messages, Clock clock) {
        this.reauthentication = reauthentication;
        this.enrolment = enrolment;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * What proving gave: the actor as of now (with the fresh proof, so that services checking it accept it), or the
     * errors to show at the form's fields.
     */
    record Proof(Actor actor, FormErrors errors) {

        boolean succeeded() {
            return errors.isEmpty();
        }
    }

    boolean isRecent(Actor actor) {
        return RecentAuthentication.isRecent(actor, clock.instant());
    }

    /** Whether the user has two-step verification on, so that proving needs a code as well. */
    boolean usesMfa(Actor actor) {
        return enrolment.status(actor).enabled();
    }

    /**
     * Proves again with what the form carried.
     *
     * @param passwordField the form's input for the password, where a refusal is shown
     * @param codeField the form's input for the code
     */
    Proof prove(
            Actor actor,
            String password,
            String code,
            String sourceAddress,
            String passwordField,
            String codeField,
            Locale locale) {
        if (password == null || password.isEmpty() || password.length() > LONGEST_PASSWORD) {
            return refused(passwordField, "proof.password.required", locale);
        }
        if (code != null && code.length() > LONGEST_CODE) {
            return refused(codeField, "proof.failed", locale);
        }
        try {
            Instant until = reauthentication.reauthenticate(actor, password, code, sourceAddress);
            return new Proof(provenAt(actor, until.minus(RecentAuthentication.WINDOW)), new FormErrors());
        } catch (InvalidInputException needsCode) {
            return refused(codeField, "proof.code.required", locale);
        } catch (ForbiddenException wrong) {
            return refused(passwordField, "proof.failed", locale);
        }
    }

    private Proof refused(String field, String key, Locale locale) {
        return new Proof(null, new FormErrors().field(field, messages.getMessage(key, null, locale)));
    }

    private static Actor provenAt(Actor actor, Instant at) {
        return new Actor(
                actor.tenantId(),
                actor.userId(),
                actor.name(),
                actor.role(),
                actor.permissions(),
                actor.allLocations(),
                actor.locations(),
                actor.kind(),
                actor.sessionId(),
                at,
                actor.mfaEnrolmentRequired());
    }
}
