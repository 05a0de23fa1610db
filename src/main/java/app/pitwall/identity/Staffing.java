package app.pitwall.identity;

import app.pitwall.access.Permission;
import app.pitwall.identity.StaffDirectory.StaffMember;
import app.pitwall.platform.InvalidInputException;
import app.pitwall.platform.TenantId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Checks the people named on repair orders and appointments: a service advisor is staff who may write repair orders,
 * a technician is staff who may work them, and both must be enabled and allowed at the order's location. Anyone
 * else is bad input naming the field.
 */
@Component
public class Staffing {

    private final StaffDirectory directory;

    public Staffing(StaffDirectory directory) {
        this.directory = directory;
    }

    public void checkAdvisor(TenantId tenant, UUID location, UUID advisor, String field) {
        if (advisor != null) {
            check(tenant, location, List.of(advisor), Permission.REPAIR_ORDERS_WRITE, field, "service advisor");
        }
    }

    public void checkTechnicians(TenantId tenant, UUID location, Collection<UUID> technicians, String field) {
        check(tenant, location, technicians, Permission.REPAIR_ORDERS_WORK, field, "technician");
    }

    /** Names of the given staff, for display; unknown ids are left out. */
    public Map<UUID, StaffMember> names(TenantId tenant, Collection<UUID> ids) {
        return directory.find(tenant, ids);
    }

    /** Everyone who may work on repair orders at the location. */
    public List<StaffMember> technicians(TenantId tenant, UUID location) {
        return directory.atLocation(tenant, location).stream()
                .filter(member -> member.role().can(Permission.REPAIR_ORDERS_WORK))
                .toList();
    }

    private void check(
            TenantId tenant, UUID location, Collection<UUID> people, Permission needed, String field, String what) {
        if (people.isEmpty()) {
            return;
        }
        Map<UUID, StaffMember> found = directory.find(tenant, people);
        for (UUID person : people) {
            StaffMember member = found.get(person);
            if (member == null || !member.worksAt(location) || !member.role().can(needed)) {
                throw new InvalidInputException(field, "no such " + what + " at this location");
            }
        }
    }
}
