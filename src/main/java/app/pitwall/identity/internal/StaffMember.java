package app.pitwall.identity.internal;

import app.pitwall.access.Role;
import app.pitwall.identity.StaffEvents;
import app.pitwall.platform.TenantId;
import java.time.Instant;
import java.util.List;
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

    /** What events tell of the account. */
    StaffEvents.StaffState state() {
        return new StaffEvents.StaffState(role.code(), allLocations, List.copyOf(locationIds), disabled());
    }
}
