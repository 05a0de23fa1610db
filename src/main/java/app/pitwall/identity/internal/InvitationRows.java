package app.pitwall.identity.internal;

import static app.pitwall.identity.internal.StaffRows.instant;
import static app.pitwall.identity.internal.StaffRows.ts;

import app.pitwall.access.Role;
import app.pitwall.platform.TenantId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of invitations; every statement names the tenant and runs in that tenant's transaction. */
@Component
class InvitationRows {

    private static final String SELECT = """
            SELECT i.*, ARRAY(SELECT l.location_id FROM invitation_location l
                              WHERE l.tenant_id = i.tenant_id AND l.invitation_id = i.id) AS locations
            FROM invitation i
            """;
    private static final String USABLE = " AND i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > ?";

    private final JdbcClient jdbc;

    InvitationRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Invitation insert(Invitation invitation, byte[] tokenHash) {
        jdbc.sql("""
                        INSERT INTO invitation (tenant_id, id, email, role, all_locations, token_hash, invited_by,
                                                created_at, expires_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        invitation.tenantId().value(),
                        invitation.id(),
                        invitation.email(),
                        invitation.role().name(),
                        invitation.allLocations(),
                        tokenHash,
                        invitation.invitedBy(),
                        ts(invitation.createdAt()),
                        ts(invitation.expiresAt()))
                .update();
        for (UUID location : invitation.locationIds()) {
            jdbc.sql("INSERT INTO invitation_location (tenant_id, invitation_id, location_id) VALUES (?, ?, ?)")
                    .params(invitation.tenantId().value(), invitation.id(), location)
                    .update();
        }
        return invitation;
    }

    List<Invitation> pending(TenantId tenant, Instant now) {
        return jdbc.sql(SELECT + " WHERE i.tenant_id = ?" + USABLE + " ORDER BY i.created_at DESC")
                .params(tenant.value(), ts(now))
                .query(InvitationRows::invitation)
                .list();
    }

    Optional<Invitation> findPending(TenantId tenant, UUID id, Instant now) {
        return jdbc.sql(SELECT + " WHERE i.tenant_id = ? AND i.id = ?" + USABLE)
                .params(tenant.value(), id, ts(now))
                .query(InvitationRows::invitation)
                .optional();
    }

    Optional<Invitation> findUsable(TenantId tenant, byte[] tokenHash, Instant now) {
        return jdbc.sql(SELECT + " WHERE i.tenant_id = ? AND i.token_hash = ?" + USABLE)
                .params(tenant.value(), tokenHash, ts(now))
                .query(InvitationRows::invitation)
                .optional();
    }

    Optional<Invitation> lockUsable(TenantId tenant, byte[] tokenHash, Instant now) {
        return jdbc.sql(SELECT + " WHERE i.tenant_id = ? AND i.token_hash = ?" + USABLE + " FOR UPDATE OF i")
                .params(tenant.value(), tokenHash, ts(now))
                .query(InvitationRows::invitation)
                .optional();
    }

    void revoke(TenantId tenant, UUID id, Instant now) {
        jdbc.sql("UPDATE invitation SET revoked_at = ? WHERE tenant_id = ? AND id = ? AND revoked_at IS NULL")
                .params(ts(now), tenant.value(), id)
                .update();
    }

    void revokePendingFor(TenantId tenant, String email, Instant now) {
        jdbc.sql("""
                        UPDATE invitation SET revoked_at = ?
                        WHERE tenant_id = ? AND email = ?::citext AND accepted_at IS NULL AND revoked_at IS NULL""").params(ts(now), tenant.value(), email).update();
    }

    void markAccepted(TenantId tenant, UUID id, UUID user, Instant now) {
        jdbc.sql("UPDATE invitation SET accepted_at = ?, accepted_user_id = ? WHERE tenant_id = ? AND id = ?")
                .params(ts(now), user, tenant.value(), id)
                .update();
    }

    private static Invitation invitation(ResultSet row, int n) throws SQLException {
        boolean all = row.getBoolean("all_locations");
        return new Invitation(
                new TenantId(row.getObject("tenant_id", UUID.class)),
                row.getObject("id", UUID.class),
                row.getString("email"),
                Role.valueOf(row.getString("role")),
                all,
                all ? Set.of() : StaffRows.uuids(row.getArray("locations")),
                row.getObject("invited_by", UUID.class),
                instant(row.getTimestamp("created_at")),
                instant(row.getTimestamp("expires_at")));
    }
}
