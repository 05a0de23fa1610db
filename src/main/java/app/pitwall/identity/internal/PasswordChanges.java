package app.pitwall.identity.internal;

import app.pitwall.access.Actor;
import app.pitwall.identity.CredentialEvents;
import app.pitwall.platform.InvalidInputException;
import app.pitwall.platform.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A signed-in user changes their password: the current one must be given, the new one must pass
 * the policy, and every other session of the account ends, so whoever else knew the old password
 * is signed out everywhere within seconds.
 */
@Service
public class PasswordChanges {

    private final JdbcStaffAccounts accounts;
    private final StaffRows staff;
    private final PasswordPolicy policy;
    private final Sessions sessions;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PasswordChanges(
            JdbcStaffAccounts accounts,
            StaffRows staff,
            PasswordPolicy policy,
            Sessions sessions,
            TransactionTemplate transactions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.accounts = accounts;
        this.staff = staff;
        this.policy = policy;
        this.sessions = sessions;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /** Returns how many other sessions ended. */
    public int change(Actor actor, String currentPassword, String newPassword) {
        return transactions.execute(status -> {
            StaffMember me =
                    staff.lock(actor.tenantId(), actor.userId()).orElseThrow(() -> new NotFoundException("User"));
            if (!accounts.passwordMatches(actor.tenantId(), actor.userId(), currentPassword)) {
                throw new InvalidInputException("currentPassword", "The current password is wrong.");
            }
            if (newPassword != null && newPassword.equals(currentPassword)) {
                throw new InvalidInputException("newPassword", "The new password is the same as the current one.");
            }
            policy.check("newPassword", newPassword, List.of(me.email(), me.name()));
            accounts.changePassword(actor.tenantId(), actor.userId(), newPassword);
            int ended = sessions.endAllListed(actor.tenantId(), actor.userId(), actor.sessionId(), "password changed")
                    .size();
            Instant now = clock.instant();
            events.publishEvent(
                    new CredentialEvents.PasswordChanged(actor.tenantId(), actor.userId(), false, ended, now));
            return ended;
        });
    }
}
