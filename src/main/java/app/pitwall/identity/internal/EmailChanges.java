package app.pitwall.identity.internal;

import app.pitwall.access.Actor;
import app.pitwall.identity.IdentityEvents;
import app.pitwall.platform.ConflictException;
import app.pitwall.platform.InvalidInputException;
import app.pitwall.platform.NotFoundException;
import java.time.Clock;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A signed-in user changes the email they sign in with. The caller must have proved who they are within the last
 * minutes (the endpoint requires a recent authentication); the new address must be free in the whole installation,
 * since an email signs in to exactly one account. Sessions stay: the person is the same.
 */
@Service
public class EmailChanges {

    private final StaffRows staff;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EmailChanges(
            StaffRows staff,
            JdbcClient jdbc,
            TransactionTemplate transactions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.staff = staff;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /** Returns the address now in use, normalised. */
    public String change(Actor actor, String email) {
        String normalized = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (normalized.isEmpty()) {
            throw new InvalidInputException("email", "Enter the new email address.");
        }
        try {
            return transactions.execute(status -> {
                StaffMember me =
                        staff.lock(actor.tenantId(), actor.userId()).orElseThrow(() -> new NotFoundException("User"));
                if (me.email().equalsIgnoreCase(normalized)) {
                    throw new InvalidInputException("email", "This is already your email address.");
                }
                jdbc.sql("UPDATE user_account SET email = ?::citext WHERE tenant_id = ? AND id = ?")
                        .params(normalized, actor.tenantId().value(), actor.userId())
                        .update();
                events.publishEvent(new IdentityEvents.EmailChanged(
                        actor.tenantId(), actor.userId(), me.email(), normalized, clock.instant()));
                return normalized;
            });
        } catch (DuplicateKeyException e) {
            throw new ConflictException("email-in-use", "This email address cannot be used for your account.");
        }
    }
}
