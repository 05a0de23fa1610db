package app.pitwall.customers;

import app.pitwall.platform.Auditable;
import app.pitwall.platform.TenantId;
import java.util.Map;
import java.util.UUID;

/** What happens to customers and vehicles, for the audit trail and other modules. */
public final class CustomerEvents {

    private CustomerEvents() {}

    /** A customer was registered. */
    public record CustomerRegistered(TenantId tenantId, CustomerId customerId, UUID actorId, Map<String, Object> after)
            implements Auditable {

        @Override
        public String action() {
            return "customer.registered";
        }

        @Override
        public Subject subject() {
            return Subject.of("customer", customerId.value());
        }

        @Override
        public UUID locationId() {
            return after.get("locationId") instanceof UUID location ? location : null;
        }
    }

    /** A customer's details changed; only the changed fields are given, before and after. */
    public record CustomerChanged(
            TenantId tenantId,
            CustomerId customerId,
            UUID actorId,
            Map<String, Object> before,
            Map<String, Object> after)
            implements Auditable {

        @Override
        public String action() {
            return "customer.changed";
        }

        @Override
        public Subject subject() {
            return Subject.of("customer", customerId.value());
        }
    }

    /** A customer was deleted. */
    public record CustomerDeleted(TenantId tenantId, CustomerId customerId, UUID actorId, Map<String, Object> before)
            implements Auditable {

        @Override
        public String action() {
            return "customer.deleted";
        }

        @Override
        public Subject subject() {
            return Subject.of("customer", customerId.value());
        }

        @Override
        public UUID locationId() {
            return before.get("locationId") instanceof UUID location ? location : null;
        }
    }

    /** A vehicle was registered to a customer. */
    public record VehicleRegistered(TenantId tenantId, VehicleId vehicleId, UUID actorId, Map<String, Object> after)
            implements Auditable {

        @Override
        public String action() {
            return "vehicle.registered";
        }

        @Override
        public Subject subject() {
            return Subject.of("vehicle", vehicleId.value());
        }
    }

    /** A vehicle's details changed or an odometer reading was added. */
    public record VehicleChanged(
            TenantId tenantId, VehicleId vehicleId, UUID actorId, Map<String, Object> before, Map<String, Object> after)
            implements Auditable {

        @Override
        public String action() {
            return "vehicle.changed";
        }

        @Override
        public Subject subject() {
            return Subject.of("vehicle", vehicleId.value());
        }
    }

    /** A vehicle was deleted. */
    public record VehicleDeleted(TenantId tenantId, VehicleId vehicleId, UUID actorId, Map<String, Object> before)
            implements Auditable {

        @Override
        public String action() {
            return "vehicle.deleted";
        }

        @Override
        public Subject subject() {
            return Subject.of("vehicle", vehicleId.value());
        }
    }
}
