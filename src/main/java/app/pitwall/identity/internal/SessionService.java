package app.pitwall.identity.internal;

import app.pitwall.access.Actor;
import app.pitwall.platform.TenantScope;
import app.pitwall.platform.UnauthenticatedException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sign-in, refresh and sign-out use cases, for the JSON API and the pages alike: both end in
 * the same cookies.
 */
@Service
public class SessionService {

    private final SignIn signIn;
    private final Sessions sessions;
    private final SessionCookies cookies;
    private final TransactionTemplate transactions;
    private final Clock clock;

    SessionService(
            SignIn signIn, Sessions sessions, SessionCookies cookies, TransactionTemplate transactions, Clock clock) {
        this.signIn = signIn;
        this.sessions = sessions;
        this.cookies = cookies;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** What the caller learns from a successful sign-in or refresh. */
    public record Signed(String name, java.time.Instant accessExpiresAt) {}

    public Signed signIn(String email, String password, HttpServletRequest request, HttpServletResponse response) {
        SignIn.Account account = signIn.check(email, password, request.getRemoteAddr())
                .orElseThrow(() -> new InvalidCredentialsException());
        Sessions.Issued issued = sessions.start(
                account.tenant(), account.user(), request.getRemoteAddr(), request.getHeader("User-Agent"));
        cookies.write(response, issued);
        return new Signed(account.name(), issued.accessExpires());
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

    /** The email or password was wrong, or the account cannot sign in: one answer for all. */
    public static class InvalidCredentialsException extends RuntimeException {
        InvalidCredentialsException() {
            super("The email or password is wrong.");
        }
    }
}
