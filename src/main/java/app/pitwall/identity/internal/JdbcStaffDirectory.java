package app.pitwall.identity.internal;

import app.pitwall.access.Role;
import app.pitwall.identity.StaffDirectory;
import app.pitwall.platform.TenantId;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff accounts read from PostgreSQL, always scoped by tenant. */
@Service
@Transactional(readOnly = true)
class JdbcStaffDirectory implements StaffDirectory {

    private static final String SELECT = """
            SELECT u.id, u.name, u.role, u.all_locations, u.disabled_at IS NULL AS active,
                   ARRAY(SELECT l.location_id FROM user_location l
                         WHERE l.tenant_id = u.tenant_id AND l.user_id = u.id) AS locations
            FROM user_account u
            """;

    private final JdbcClient jdbc;

    JdbcStaffDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<UUID, StaffMember> find(TenantId tenant, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, StaffMember> found = new LinkedHashMap<>();
        jdbc.sql(SELECT + "WHERE u.tenant_id = ? AND u.id = ANY (?)")
                .params(tenant.value(), ids.toArray(UUID[]::new))
                .query(JdbcStaffDirectory::member)
                .list()
                .forEach(member -> found.put(member.id(), member));
        return found;
    }

    @Override
    public List<StaffMember> atLocation(TenantId tenant, UUID location) {
        return jdbc.sql(SELECT + """
                        WHERE u.tenant_id = ? AND u.disabled_at IS NULL
                          AND (u.all_locations OR EXISTS (SELECT 1 FROM user_location l
                                                          WHERE l.tenant_id = u.tenant_id AND l.user_id = u.id
                                                            AND l.location_id = ?))
                        ORDER BY u.name, u.id""")
                .params(tenant.value(), location)
                .query(JdbcStaffDirectory::member)
                .list();
    }

    private static StaffMember member(ResultSet row, int index) throws SQLException {
        boolean all = row.getBoolean("all_locations");
        return new StaffMember(
                row.getObject("id", UUID.class),
                row.getString("name"),
                Role.valueOf(row.getString("role")),
                row.getBoolean("active"),
                all,
                all ? Set.of() : uuids(row.getArray("locations")));
    }

    private static Set<UUID> uuids(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(UUID.class::cast).collect(Collectors.toUnmodifiableSet());
    }
}
