package app.pitwall.identity.internal;

import app.pitwall.platform.TenantId;
import app.pitwall.platform.TenantScope;
import app.pitwall.platform.UnauthenticatedException;
import app.pitwall.platform.web.ProblemType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The second step of signing in to an account with MFA. A right password opens a pending sign-in;
 * a code completes it once. Wrong codes count toward the account's lockout (for such an account
 * only they do), and while the account is locked by wrong codes or must wait no code is even
 * checked. A lock from wrong passwords does not stop this step, and completing it lifts that lock.
 */
@Component
class SecondFactorSignIn {

    static final ProblemType EXPIRED = ProblemType.MFA_SIGN_IN_EXPIRED;
    static final ProblemType WRONG_CODE = ProblemType.INVALID_MFA_CODE;

    private final PendingMfaSignIns pending;
    private final SecondFactors factors;
    private final SignInThrottle throttle;
    private final TransactionTemplate transactions;

    SecondFactorSignIn(
            PendingMfaSignIns pending,
            SecondFactors factors,
            SignInThrottle throttle,
            TransactionTemplate transactions) {
        this.pending = pending;
        this.factors = factors;
        this.throttle = throttle;
        this.transactions = transactions;
    }

    /** The pending sign-in's token if the account uses MFA; empty if the password is enough. */
    Optional<String> begin(TenantId tenant, UUID user, String sourceAddress) {
        return TenantScope.callAs(
                tenant,
                () -> transactions.execute(status -> factors.enabled(tenant, user)
                        ? Optional.of(pending.start(tenant, user, sourceAddress))
                        : Optional.<String>empty()));
    }

    /**
     * The user whose pending sign-in this code completes, or a refusal: 401 {@code invalid-mfa-code}
     * for a wrong, replayed or throttled code, 401 {@code mfa-sign-in-expired} when the pending
     * sign-in is unknown, used, past its five minutes or out of attempts.
     */
    UUID complete(String token, String code, String sourceAddress) {
        TenantId tenant = PendingMfaSignIns.tenantOf(token).orElseThrow(SecondFactorSignIn::expired);
        Outcome outcome = TenantScope.callAs(
                tenant,
                () -> transactions.execute(status -> {
                    Optional<PendingMfaSignIns.Pending> found = pending.lock(tenant, token);
                    if (found.isEmpty()) {
                        return new Outcome(null, true);
                    }
                    UUID user = found.get().user();
                    SignInThrottle.Verdict verdict = throttle.verdict(tenant, user);
                    if (verdict != SignInThrottle.Verdict.OPEN) {
                        throttle.refused(tenant, user, verdict, sourceAddress);
                        return new Outcome(null, pending.failedAttempt(found.get()));
                    }
                    if (factors.verify(tenant, user, code).accepted()) {
                        pending.finish(found.get());
                        return new Outcome(user, false);
                    }
                    throttle.failed(tenant, user, SignInThrottle.Proof.CODE, "wrong MFA code", sourceAddress);
                    return new Outcome(null, pending.failedAttempt(found.get()));
                }));
        if (outcome.user() != null) {
            return outcome.user();
        }
        if (outcome.ended()) {
            throw new UnauthenticatedException(
                    EXPIRED, "The code was wrong too often or too late; sign in again with your password.");
        }
        throw wrongCode();
    }

    static UnauthenticatedException expired() {
        return new UnauthenticatedException(
                EXPIRED, "There is no sign-in waiting for a code, or it has expired; sign in again.");
    }

    static UnauthenticatedException wrongCode() {
        return new UnauthenticatedException(WRONG_CODE, "The code is wrong or was already used.");
    }

    /** A completed sign-in's user, or whether the pending sign-in is over. */
    private record Outcome(UUID user, boolean ended) {}
}
