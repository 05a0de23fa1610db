package app.pitwall.identity.internal;

import static app.pitwall.identity.internal.StaffRows.instant;
import static app.pitwall.identity.internal.StaffRows.ts;

import app.pitwall.access.Actor;
import app.pitwall.identity.CredentialEvents;
import app.pitwall.identity.SessionProperties;
import app.pitwall.platform.NotFoundException;
import app.pitwall.platform.TenantId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sessions and sign-in history people can see: their own (and end any of them), and, for those
 * allowed, everyone's in the tenant. Built from the session families, so what is shown is exactly
 * what authenticates requests.
 */
@Service
public class SessionDirectory {

    private static final String SELECT = """
            SELECT f.id, f.user_id, u.name AS user_name, f.created_at, f.last_active_at, f.expires_at,
                   f.revoked_at, f.revoked_reason, f.source_address, f.user_agent
            FROM session_family f JOIN user_account u ON u.tenant_id = f.tenant_id AND u.id = f.user_id
            """;

    private final JdbcClient jdbc;
    private final Sessions sessions;
    private final SessionProperties properties;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SessionDirectory(
            JdbcClient jdbc,
            Sessions sessions,
            SessionProperties properties,
            TransactionTemplate transactions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.sessions = sessions;
        this.properties = properties;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /**
     * One sign-in and its session.
     *
     * @param endedAt when it ended (signed out, expired, revoked), null while live
     */
    public record SessionInfo(
            UUID id,
            UUID userId,
            String userName,
            Instant signedInAt,
            Instant lastActiveAt,
            Instant expiresAt,
            Instant endedAt,
            String endReason,
            String sourceAddress,
            String device) {}

    /** The caller's live sessions, newest first. */
    public List<SessionInfo> mine(Actor actor) {
        return live(actor.tenantId(), actor.userId());
    }

    /** Every live session of the tenant's staff, newest first. */
    public List<SessionInfo> everyones(Actor actor) {
        return live(actor.tenantId(), null);
    }

    /** The caller's sign-ins, newest first, live or ended. */
    public List<SessionInfo> signIns(Actor actor, int limit) {
        return transactions.execute(status -> jdbc.sql(SELECT + """
                         WHERE f.tenant_id = ? AND f.user_id = ? ORDER BY f.created_at DESC LIMIT ?""")
                .params(actor.tenantId().value(), actor.userId(), limit)
                .query(this::info)
                .list());
    }

    /** Ends one of the caller's own sessions; someone else's is not found. */
    public void endMine(Actor actor, UUID familyId) {
        transactions.executeWithoutResult(status -> {
            Optional<UUID> owner = userOf(actor.tenantId(), familyId);
            if (owner.isEmpty() || !owner.get().equals(actor.userId())) {
                throw new NotFoundException("Session");
            }
            Instant now = clock.instant();
            if (sessions.end(actor.tenantId(), actor.userId(), familyId, "ended by its user", now)) {
                events.publishEvent(new CredentialEvents.SessionsRevoked(
                        actor.tenantId(), actor.userId(), actor.userId(), List.of(familyId), now));
            }
        });
    }

    private List<SessionInfo> live(TenantId tenant, UUID user) {
        Instant now = clock.instant();
        return transactions.execute(status -> jdbc.sql(SELECT + """
                         WHERE f.tenant_id = ? AND (?::uuid IS NULL OR f.user_id = ?::uuid)
                           AND f.revoked_at IS NULL AND f.expires_at > ? AND f.last_active_at > ?
                         ORDER BY f.created_at DESC LIMIT 500""")
                .params(tenant.value(), user, user, ts(now), ts(now.minus(properties.idleTimeout())))
                .query(this::info)
                .list());
    }

    Optional<UUID> userOf(TenantId tenant, UUID familyId) {
        return jdbc.sql("SELECT user_id FROM session_family WHERE tenant_id = ? AND id = ?")
                .params(tenant.value(), familyId)
                .query(UUID.class)
                .optional();
    }

    private SessionInfo info(ResultSet row, int n) throws SQLException {
        return new SessionInfo(
                row.getObject("id", UUID.class),
                row.getObject("user_id", UUID.class),
                row.getString("user_name"),
                instant(row.getTimestamp("created_at")),
                instant(row.getTimestamp("last_active_at")),
                instant(row.getTimestamp("expires_at")),
                instant(row.getTimestamp("revoked_at")),
                row.getString("revoked_reason"),
                row.getString("source_address"),
                row.getString("user_agent"));
    }
}
