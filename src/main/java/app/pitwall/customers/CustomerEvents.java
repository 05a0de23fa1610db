package app.pitwall.customers;

import app.pitwall.platform.TenantId;
import java.util.Map;
import java.util.UUID;

/** What happens to customers and vehicles, for the audit trail and other modules. */
public final class CustomerEvents {

    private CustomerEvents() {}

    /** A customer was registered. */
    public record CustomerRegistered(
            TenantId tenantId, CustomerId customerId, UUID actorId, Map<String, Object> after) {}

    /** A customer's details changed; only the changed fields are given, before and after. */
    public record CustomerChanged(
            TenantId tenantId,
            CustomerId customerId,
            UUID actorId,
            Map<String, Object> before,
            Map<String, Object> after) {}

    /** A customer was deleted. */
    public record CustomerDeleted(TenantId tenantId, CustomerId customerId, UUID actorId, Map<String, Object> before) {}

    /** A vehicle was registered to a customer. */
    public record VehicleRegistered(TenantId tenantId, VehicleId vehicleId, UUID actorId, Map<String, Object> after) {}

    /** A vehicle's details changed or an odometer reading was added. */
    public record VehicleChanged(
            TenantId tenantId,
            VehicleId vehicleId,
            UUID actorId,
            Map<String, Object> before,
            Map<String, Object> after) {}

    /** A vehicle was deleted. */
    public record VehicleDeleted(TenantId tenantId, VehicleId vehicleId, UUID actorId, Map<String, Object> before) {}
}
