package app.pitwall.identity.internal;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.access.RecentAuthentication;
import app.pitwall.access.Role;
import app.pitwall.identity.CredentialEvents;
import app.pitwall.identity.StaffEvents;
import app.pitwall.platform.ConflictException;
import app.pitwall.platform.ForbiddenException;
import app.pitwall.platform.NotFoundException;
import app.pitwall.platform.web.ProblemType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Owners and managers look after staff accounts: role, locations, disabled, sessions. The rules: a
 * role changes only with {@code roles:assign}, never to one above the changer's own, never one's
 * own; nobody touches an account above their own tier; the tenant always keeps an enabled owner;
 * disabling an account ends all its sessions at once. Every change takes effect on the account's
 * next request, on every instance: a demoted user's sessions and API tokens carry the new role at
 * once ({@link SessionInvalidations}).
 */
@Service
public class StaffManagement {

    private final StaffRows rows;
    private final Sessions sessions;
    private final SessionDirectory directory;
    private final LocationGrants grants;
    private final SessionInvalidations invalidations;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StaffManagement(
            StaffRows rows,
            Sessions sessions,
            SessionDirectory directory,
            LocationGrants grants,
            SessionInvalidations invalidations,
            TransactionTemplate transactions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.rows = rows;
        this.sessions = sessions;
        this.directory = directory;
        this.grants = grants;
        this.invalidations = invalidations;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /** What to change; null leaves a field as it is. An empty {@code locationIds} means all locations. */
    public record Change(Role role, List<UUID> locationIds, Boolean disabled) {}

    public List<StaffMember> all(Actor actor) {
        return transactions.execute(status -> rows.all(actor.tenantId()));
    }

    public StaffMember find(Actor actor, UUID id) {
        return transactions.execute(
                status -> rows.find(actor.tenantId(), id).orElseThrow(() -> new NotFoundException("User")));
    }

    public StaffMember change(Actor actor, UUID id, Change change) {
        return change(actor, id, change, null);
    }

    /** The change, if the account is still at {@code expectedVersion} (null: any); a stale one changes nothing. */
    public StaffMember change(Actor actor, UUID id, Change change, Integer expectedVersion) {
        if (change.role() != null) {
            RecentAuthentication.require(actor, clock);
        }
        return transactions.execute(status -> {
            StaffMember before = rows.lock(actor.tenantId(), id).orElseThrow(() -> new NotFoundException("User"));
            mayManage(actor, before);
            if (expectedVersion != null && expectedVersion != before.version()) {
                throw new ConflictException(
                        ProblemType.STALE_VERSION,
                        "Someone else changed this account (now at version " + before.version() + "); reload it.",
                        java.util.Map.of("currentVersion", before.version()));
            }
            Role role = change.role() == null ? before.role() : change.role();
            boolean disabled = change.disabled() == null ? before.disabled() : change.disabled();
            boolean losesOwner = before.role() == Role.OWNER && !before.disabled() && (role != Role.OWNER || disabled);
            if (losesOwner && rows.lockEnabledOwners(actor.tenantId()) <= 1) {
                throw new ConflictException(
                        ProblemType.LAST_OWNER, "This is the last owner: make someone else an owner first.");
            }
            if (role != before.role()) {
                if (!actor.can(Permission.ROLES_ASSIGN)) {
                    throw new ForbiddenException("Changing a role needs roles:assign.");
                }
                if (actor.userId().equals(id)) {
                    throw new ForbiddenException("You cannot change your own role.");
                }
                if (!actor.role().isAtLeast(role)) {
                    throw new ForbiddenException("You cannot give a role above your own.");
                }
            }
            Set<UUID> locations = change.locationIds() == null
                    ? before.locationIds()
                    : grants.check(actor, "locationIds", change.locationIds());
            boolean allLocations = change.locationIds() == null ? before.allLocations() : locations.isEmpty();
            if (disabled && !before.disabled() && actor.userId().equals(id)) {
                throw new ForbiddenException("You cannot disable your own account.");
            }
            Instant now = clock.instant();
            Instant disabledAt = disabled ? (before.disabled() ? before.disabledAt() : now) : null;
            rows.update(actor.tenantId(), id, role, allLocations, locations, disabledAt);
            invalidations.userChanged(actor.tenantId(), id);
            StaffMember after = rows.find(actor.tenantId(), id).orElseThrow();
            publishChanges(actor, before, after, now);
            return after;
        });
    }

    /** Ends every session of a staff member; returns how many ended. */
    public int revokeSessions(Actor actor, UUID id) {
        return transactions.execute(status -> {
            StaffMember member = rows.find(actor.tenantId(), id).orElseThrow(() -> new NotFoundException("User"));
            mayManage(actor, member);
            return endSessions(actor, member.id(), null);
        });
    }

    /** Ends one session of a staff member, as shown in the list of everyone's sessions. */
    public void revokeSession(Actor actor, UUID familyId) {
        transactions.executeWithoutResult(status -> {
            UUID owner =
                    directory.userOf(actor.tenantId(), familyId).orElseThrow(() -> new NotFoundException("Session"));
            StaffMember member = rows.find(actor.tenantId(), owner).orElseThrow(() -> new NotFoundException("Session"));
            mayManage(actor, member);
            if (sessions.end(actor.tenantId(), owner, familyId, "ended by " + actor.userId(), clock.instant())) {
                events.publishEvent(new CredentialEvents.SessionsRevoked(
                        actor.tenantId(), owner, actor.userId(), List.of(familyId), clock.instant()));
            }
        });
    }

    private int endSessions(Actor actor, UUID user, UUID keep) {
        List<UUID> ended = sessions.endAllListed(actor.tenantId(), user, keep, "ended by " + actor.userId());
        if (!ended.isEmpty()) {
            events.publishEvent(new CredentialEvents.SessionsRevoked(
                    actor.tenantId(), user, actor.userId(), ended, clock.instant()));
        }
        return ended.size();
    }

    private static void mayManage(Actor actor, StaffMember member) {
        if (!actor.userId().equals(member.id()) && !actor.role().isAtLeast(member.role())) {
            throw new ForbiddenException("You cannot manage someone whose role is above your own.");
        }
    }

    private void publishChanges(Actor actor, StaffMember before, StaffMember after, Instant now) {
        StaffEvents.StaffState was = before.state();
        StaffEvents.StaffState is = after.state();
        if (was.equals(is)) {
            return;
        }
        events.publishEvent(new StaffEvents.UserChanged(actor.tenantId(), after.id(), actor.userId(), was, is));
        if (after.disabled() && !before.disabled()) {
            int ended = sessions.endAllListed(actor.tenantId(), after.id(), null, "account disabled")
                    .size();
            events.publishEvent(new StaffEvents.UserDisabled(actor.tenantId(), after.id(), actor.userId(), ended, now));
        } else if (!after.disabled() && before.disabled()) {
            events.publishEvent(new StaffEvents.UserEnabled(actor.tenantId(), after.id(), actor.userId(), now));
        }
    }
}
