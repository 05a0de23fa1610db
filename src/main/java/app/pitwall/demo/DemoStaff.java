package app.pitwall.demo;

import app.pitwall.access.Actor;
import app.pitwall.access.Role;
import app.pitwall.platform.TenantId;
import java.util.Set;
import java.util.UUID;

/**
 * The demo shop's people as the use cases see them: the owner who sets the shop up, the service advisor who books,
 * writes and sends orders, and the technician who works them at Downtown. The demo's data is made in their names, so
 * the audit trail and the order pages read as a real day would.
 */
record DemoStaff(Actor owner, Actor advisor, Actor technician) {

    static DemoStaff of(TenantId tenant, UUID owner, UUID advisor, UUID technician, UUID technicianLocation) {
        return new DemoStaff(
                actor(tenant, owner, "Olivia Owner", Role.OWNER, Set.of()),
                actor(tenant, advisor, "Sam Advisor", Role.SERVICE_ADVISOR, Set.of()),
                actor(tenant, technician, "Tara Technician", Role.TECHNICIAN, Set.of(technicianLocation)));
    }

    private static Actor actor(TenantId tenant, UUID id, String name, Role role, Set<UUID> locations) {
        return new Actor(
                tenant,
                id,
                name,
                role,
                role.permissions(),
                locations.isEmpty(),
                locations,
                Actor.Kind.USER,
                new UUID(0, 0));
    }
}
