package app.pitwall.identity.internal;

import app.pitwall.access.Role;
import app.pitwall.platform.TenantId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A staff account as the users pages and API show it: never its password hash.
 *
 * @param locationIds the locations the account is limited to; empty when it sees all
 */
public record StaffMember(
        TenantId tenantId,
        UUID id,
        String name,
        String email,
        Role role,
        boolean allLocations,
        Set<UUID> locationIds,
        Instant disabledAt,
        Instant createdAt,
        int version) {

    public boolean disabled() {
        return disabledAt != null;
    }

    /** The fields an audit record compares, with stable names. */
    Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("role", role.code());
        view.put("allLocations", allLocations);
        view.put("locationIds", List.copyOf(new java.util.TreeSet<>(locationIds)));
        view.put("disabled", disabled());
        return view;
    }
}
