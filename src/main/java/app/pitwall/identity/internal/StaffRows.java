package app.pitwall.identity.internal;

import app.pitwall.access.Role;
import app.pitwall.platform.TenantId;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL of staff accounts beyond sign-in: read, change role, locations and disabled state. Every
 * statement names the tenant; callers run inside a transaction of that tenant.
 */
@Component
class StaffRows {

    private static final String SELECT = """
            SELECT u.tenant_id, u.id, u.name, u.email, u.role, u.all_locations, u.disabled_at, u.created_at,
                   u.version,
                   ARRAY(SELECT l.location_id FROM user_location l
                         WHERE l.tenant_id = u.tenant_id AND l.user_id = u.id) AS locations
            FROM user_account u
            """;

    private final JdbcClient jdbc;

    StaffRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<StaffMember> all(TenantId tenant) {
        return jdbc.sql(SELECT + " WHERE u.tenant_id = ? ORDER BY lower(u.name), u.id")
                .param(tenant.value())
                .query(StaffRows::member)
                .list();
    }

    Optional<StaffMember> find(TenantId tenant, UUID id) {
        return jdbc.sql(SELECT + " WHERE u.tenant_id = ? AND u.id = ?")
                .params(tenant.value(), id)
                .query(StaffRows::member)
                .optional();
    }

    /** Reads an account and locks it for the rest of the transaction. */
    Optional<StaffMember> lock(TenantId tenant, UUID id) {
        return jdbc.sql(SELECT + " WHERE u.tenant_id = ? AND u.id = ? FOR UPDATE OF u")
                .params(tenant.value(), id)
                .query(StaffRows::member)
                .optional();
    }

    Optional<StaffMember> findByEmail(TenantId tenant, String email) {
        return jdbc.sql(SELECT + " WHERE u.tenant_id = ? AND u.email = ?::citext")
                .params(tenant.value(), email)
                .query(StaffRows::member)
                .optional();
    }

    /** Enabled owners of the tenant, locked, so two changes cannot remove the last one together. */
    int lockEnabledOwners(TenantId tenant) {
        return jdbc.sql("""
                        SELECT id FROM user_account
                        WHERE tenant_id = ? AND role = 'OWNER' AND disabled_at IS NULL FOR UPDATE""").param(tenant.value()).query(UUID.class).list().size();
    }

    void update(TenantId tenant, UUID id, Role role, boolean allLocations, Set<UUID> locations, Instant disabledAt) {
        jdbc.sql("""
                        UPDATE user_account SET role = ?, all_locations = ?, disabled_at = ?, version = version + 1
                        WHERE tenant_id = ? AND id = ?""")
                .params(role.name(), allLocations, ts(disabledAt), tenant.value(), id)
                .update();
        jdbc.sql("DELETE FROM user_location WHERE tenant_id = ? AND user_id = ?")
                .params(tenant.value(), id)
                .update();
        for (UUID location : allLocations ? Set.<UUID>of() : locations) {
            jdbc.sql("INSERT INTO user_location (tenant_id, user_id, location_id) VALUES (?, ?, ?)")
                    .params(tenant.value(), id, location)
                    .update();
        }
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static StaffMember member(ResultSet row, int n) throws SQLException {
        boolean all = row.getBoolean("all_locations");
        return new StaffMember(
                new TenantId(row.getObject("tenant_id", UUID.class)),
                row.getObject("id", UUID.class),
                row.getString("name"),
                row.getString("email"),
                Role.valueOf(row.getString("role")),
                all,
                all ? Set.of() : uuids(row.getArray("locations")),
                instant(row.getTimestamp("disabled_at")),
                instant(row.getTimestamp("created_at")),
                row.getInt("version"));
    }

    static Set<UUID> uuids(Array array) throws SQLException {
        Object[] values = (Object[]) array.getArray();
        return Arrays.stream(values).map(UUID.class::cast).collect(Collectors.toUnmodifiableSet());
    }
}
