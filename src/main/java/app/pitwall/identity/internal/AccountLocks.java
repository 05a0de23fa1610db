package app.pitwall.identity.internal;

import app.pitwall.access.Actor;
import app.pitwall.access.Role;
import app.pitwall.platform.ForbiddenException;
import app.pitwall.platform.NotFoundException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lifting an account's sign-in lock before it runs out, by someone who manages users in the same
 * tenant and whose role is not below the account's. The user still learns of the lock at their next
 * sign-in, and their security page shows it for a month.
 */
@Service
public class AccountLocks {

    private final SignInThrottle throttle;
    private final JdbcClient jdbc;

    AccountLocks(SignInThrottle throttle, JdbcClient jdbc) {
        this.throttle = throttle;
        this.jdbc = jdbc;
    }

    /** The staff accounts of the actor's tenant that are locked now. */
    @Transactional(readOnly = true)
    public Set<UUID> locked(Actor actor) {
        return throttle.lockedUsers(actor.tenantId());
    }

    /** When the caller's own account was last locked by failed sign-ins, if within the last 30 days. */
    @Transactional(readOnly = true)
    public Optional<Instant> lastLockOfMine(Actor actor) {
        return throttle.lastLocked(actor.tenantId(), actor.userId(), Duration.ofDays(30));
    }

    /** Returns whether the account was locked. */
    @Transactional
    public boolean unlock(Actor actor, UUID user) {
        Role role = jdbc.sql("SELECT role FROM user_account WHERE tenant_id = ? AND id = ?")
                .params(actor.tenantId().value(), user)
                .query((rs, n) -> Role.valueOf(rs.getString("role")))
                .optional()
                .orElseThrow(() -> new NotFoundException("User"));
        if (!actor.role().isAtLeast(role)) {
            throw new ForbiddenException("You cannot unlock an account whose role is above your own.");
        }
        return throttle.unlock(actor.tenantId(), user, actor.userId());
    }
}
