package app.pitwall.identity.internal;

import app.pitwall.access.Actor;
import app.pitwall.access.Role;
import app.pitwall.platform.TenantId;
import app.pitwall.platform.TenantScope;
import app.pitwall.platform.UnauthenticatedException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sign-in, refresh and sign-out use cases, for the JSON API and the pages alike: both end in
 * the same cookies. With MFA on, a right password yields only a pending sign-in, and the session
 * begins when a code completes it.
 */
@Service
public class SessionService {

    private final SignIn signIn;
    private final Sessions sessions;
    private final SessionCookies cookies;
    private final SecondFactorSignIn secondFactor;
    private final SignInThrottle throttle;
    private final SecondFactors factors;
    private final TenantSecuritySettings settings;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    SessionService(
            SignIn signIn,
            Sessions sessions,
            SessionCookies cookies,
            SecondFactorSignIn secondFactor,
            SignInThrottle throttle,
            SecondFactors factors,
            TenantSecuritySettings settings,
            JdbcClient jdbc,
            TransactionTemplate transactions,
            Clock clock) {
        this.signIn = signIn;
        this.sessions = sessions;
        this.cookies = cookies;
        this.secondFactor = secondFactor;
        this.throttle = throttle;
        this.factors = factors;
        this.settings = settings;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** What the caller learns from a refresh. */
    public record Signed(String name, Instant accessExpiresAt) {}

    /**
     * What a sign-in step answers: a code is awaited, or a session began.
     *
     * @param mfaEnrolmentRequired the tenant requires MFA of this user, who must set it up before anything else
     * @param notice something the user must be told, such as a lock of their account since they last signed in
     * @param lockedAt when the account was locked, if that is the notice; null otherwise
     */
    public record SignInResult(
            boolean mfaRequired,
            String name,
            Instant accessExpiresAt,
            boolean mfaEnrolmentRequired,
            String notice,
            Instant lockedAt) {

        static SignInResult awaitingCode() {
            return new SignInResult(true, null, null, false, null, null);
        }
    }

    /** Checks email and password; starts the session, or a pending sign-in if the account uses MFA. */
    public SignInResult signIn(
            String email, String password, HttpServletRequest request, HttpServletResponse response) {
        SignIn.Account account =
                signIn.check(email, password, request.getRemoteAddr()).orElseThrow(InvalidCredentialsException::new);
        Optional<String> pending = secondFactor.begin(account.tenant(), account.user(), request.getRemoteAddr());
        if (pending.isPresent()) {
            cookies.writePendingMfa(response, pending.get());
            return SignInResult.awaitingCode();
        }
        return start(account.tenant(), account.user(), request, response);
    }

    /** Completes a pending sign-in with a code from the authenticator app or a recovery code. */
    public SignInResult completeWithCode(String code, HttpServletRequest request, HttpServletResponse response) {
        String token =
                SessionCookies.read(request, SessionCookies.PENDING_MFA).orElseThrow(SecondFactorSignIn::expired);
        UUID user;
        try {
            user = secondFactor.complete(token, code, request.getRemoteAddr());
        } catch (UnauthenticatedException refused) {
            if (SecondFactorSignIn.EXPIRED.equals(refused.type())) {
                cookies.clearPendingMfa(response);
            }
            throw refused;
        }
        cookies.clearPendingMfa(response);
        return start(PendingMfaSignIns.tenantOf(token).orElseThrow(), user, request, response);
    }

    /**
     * Starts a session for a user who has just proven who they are by other means, such as the
     * owner of a tenant just signed up, and sets the session cookies.
     */
    public SignInResult signInAs(TenantId tenant, UUID user, HttpServletRequest request, HttpServletResponse response) {
        return start(tenant, user, request, response);
    }

    public Signed refresh(HttpServletRequest request, HttpServletResponse response) {
        String token = SessionCookies.read(request, SessionCookies.REFRESH)
                .orElseThrow(() -> new UnauthenticatedException("No session to refresh; sign in again."));
        Sessions.Refreshed refreshed = sessions.refresh(token, request.getRemoteAddr());
        if (refreshed.issued() == null) {
            cookies.clear(response);
            throw new UnauthenticatedException("The session has ended; sign in again.");
        }
        cookies.write(response, refreshed.issued());
        return new Signed(null, refreshed.issued().accessExpires());
    }

    /** Ends the caller's own session family. */
    public void signOut(Actor actor, HttpServletResponse response) {
        cookies.clear(response);
        TenantScope.runAs(
                actor.tenantId(),
                () -> transactions.executeWithoutResult(status -> sessions.end(
                        actor.tenantId(), actor.userId(), actor.sessionId(), "signed out", clock.instant())));
    }

    /** Ends every session of the caller, this one included. */
    public int signOutEverywhere(Actor actor, HttpServletResponse response) {
        cookies.clear(response);
        return TenantScope.callAs(
                actor.tenantId(),
                () -> transactions.execute(
                        status -> sessions.endAll(actor.tenantId(), actor.userId(), null, "signed out everywhere")));
    }

    private SignInResult start(TenantId tenant, UUID user, HttpServletRequest request, HttpServletResponse response) {
        Started started = TenantScope.callAs(
                tenant,
                () -> transactions.execute(status -> {
                    Optional<Account> account = jdbc.sql("""
                            SELECT name, role FROM user_account
                            WHERE tenant_id = ? AND id = ? AND disabled_at IS NULL""")
                            .params(tenant.value(), user)
                            .query((rs, n) -> new Account(rs.getString("name"), Role.valueOf(rs.getString("role"))))
                            .optional();
                    if (account.isEmpty()) {
                        return null;
                    }
                    Sessions.Issued issued =
                            sessions.start(tenant, user, request.getRemoteAddr(), request.getHeader("User-Agent"));
                    Optional<Instant> lockedAt = throttle.succeeded(tenant, user);
                    boolean mustEnrol =
                            settings.of(tenant).mfaRequiredFor(account.get().role()) && !factors.enabled(tenant, user);
                    return new Started(account.get().name(), issued, lockedAt, mustEnrol);
                }));
        if (started == null) {
            throw new InvalidCredentialsException();
        }
        cookies.write(response, started.issued());
        String notice = started.lockedAt()
                .map(at -> "Your account was locked after repeated failed sign-ins at "
                        + at.truncatedTo(ChronoUnit.SECONDS)
                        + ". If that was not you, change your password.")
                .orElse(null);
        return new SignInResult(
                false,
                started.name(),
                started.issued().accessExpires(),
                started.mustEnrol(),
                notice,
                started.lockedAt().orElse(null));
    }

    private record Account(String name, Role role) {}

    private record Started(String name, Sessions.Issued issued, Optional<Instant> lockedAt, boolean mustEnrol) {}

    /** The email or password was wrong, or the account cannot sign in: one answer for all. */
    public static class InvalidCredentialsException extends RuntimeException {
        InvalidCredentialsException() {
            super("The email or password is wrong.");
        }
    }
}
