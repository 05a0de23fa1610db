package app.pitwall.identity.internal;

import app.pitwall.access.Actor;
import app.pitwall.access.RecentAuthentication;
import app.pitwall.identity.AccountSecurityEvents;
import app.pitwall.platform.ForbiddenException;
import app.pitwall.platform.InvalidInputException;
import app.pitwall.platform.TenantScope;
import app.pitwall.platform.web.ProblemType;
import java.time.Clock;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A signed-in user proves who they are again (password, and a code when MFA is on), which lets
 * their session make sensitive changes for {@link RecentAuthentication#WINDOW}. Failures count
 * toward the account's lockout like failed sign-ins, and a locked account cannot re-authenticate.
 */
@Service
public class Reauthentication {

    static final ProblemType FAILED = ProblemType.REAUTHENTICATION_FAILED;

    private final SignIn signIn;
    private final SecondFactors factors;
    private final SignInThrottle throttle;
    private final Sessions sessions;
    private final SessionCache cache;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Reauthentication(
            SignIn signIn,
            SecondFactors factors,
            SignInThrottle throttle,
            Sessions sessions,
            SessionCache cache,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            Clock clock) {
        this.signIn = signIn;
        this.factors = factors;
        this.throttle = throttle;
        this.sessions = sessions;
        this.cache = cache;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Until when sensitive changes are allowed, or 403 {@code reauthentication-failed}. */
    public Instant reauthenticate(Actor actor, String password, String code, String sourceAddress) {
        if (actor.kind() != Actor.Kind.USER) {
            throw new ForbiddenException("Only a person signed in with a password can re-authenticate.");
        }
        boolean matches = signIn.matchesPassword(actor.tenantId(), actor.userId(), password);
        Instant now = TenantScope.callAs(
                actor.tenantId(),
                () -> transactions.execute(status -> {
                    SignInThrottle.Verdict verdict = throttle.verdict(actor.tenantId(), actor.userId());
                    if (verdict != SignInThrottle.Verdict.OPEN) {
                        throttle.refused(actor.tenantId(), actor.userId(), verdict, sourceAddress);
                        return null;
                    }
                    if (!matches) {
                        throttle.failed(
                                actor.tenantId(),
                                actor.userId(),
                                SignInThrottle.Proof.PASSWORD,
                                "wrong password at re-authentication",
                                sourceAddress);
                        return null;
                    }
                    if (factors.enabled(actor.tenantId(), actor.userId())) {
                        if (code == null || code.isBlank()) {
                            throw new InvalidInputException(
                                    "code",
                                    "Your account uses two-step verification: give a code from your app or a recovery code.");
                        }
                        if (!factors.verify(actor.tenantId(), actor.userId(), code)
                                .accepted()) {
                            throttle.failed(
                                    actor.tenantId(),
                                    actor.userId(),
                                    SignInThrottle.Proof.CODE,
                                    "wrong MFA code at re-authentication",
                                    sourceAddress);
                            return null;
                        }
                    }
                    Instant at = clock.instant();
                    if (!sessions.reauthenticated(actor.tenantId(), actor.sessionId(), at)) {
                        return null;
                    }
                    events.publishEvent(new AccountSecurityEvents.Reauthenticated(
                            actor.tenantId(), actor.userId(), actor.sessionId(), at));
                    return at;
                }));
        cache.evict(actor.sessionId());
        if (now == null) {
            throw new ForbiddenException(FAILED, "The password or code is wrong.");
        }
        return now.plus(RecentAuthentication.WINDOW);
    }
}
