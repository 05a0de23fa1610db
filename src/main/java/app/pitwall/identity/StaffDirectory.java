package app.pitwall.identity;

import app.pitwall.access.Role;
import app.pitwall.platform.TenantId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Who works for a tenant, as other modules need to know it: names and roles of staff to assign work
 * to, show on a calendar or print on a repair order. Read-only; accounts are changed elsewhere. The
 * caller must act inside the tenant.
 */
public interface StaffDirectory {

    /** One staff account as colleagues see it: no email, no credentials. */
    record StaffMember(UUID id, String name, Role role, boolean active, boolean allLocations, Set<UUID> locations) {

        /** Whether the account is enabled and may work at the location. */
        public boolean worksAt(UUID location) {
            return active && (allLocations || locations.contains(location));
        }
    }

    /** The given accounts of the tenant that exist, by id; unknown ids are left out. */
    Map<UUID, StaffMember> find(TenantId tenant, Collection<UUID> ids);

    /** Every enabled account that may work at the location, ordered by name. */
    List<StaffMember> atLocation(TenantId tenant, UUID location);
}
