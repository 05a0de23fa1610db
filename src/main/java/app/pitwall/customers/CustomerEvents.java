package app.pitwall.customers;

import app.pitwall.platform.Auditable;
import app.pitwall.platform.TenantId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What happens to customers and vehicles, for the audit trail and other modules. */
public final class CustomerEvents {

    private CustomerEvents() {}

    /** What a customer is, as events tell it: a typed snapshot the audit trail records field by field. */
    public record CustomerState(
            UUID locationId,
            Customer.Kind kind,
            String firstName,
            String lastName,
            String companyName,
            List<String> emails,
            List<String> phones,
            Customer.PostalAddress address,
            String notes,
            boolean marketingConsent,
            boolean taxExempt,
            String taxExemptionCertificate,
            LocalDate taxExemptionExpires) {

        public static CustomerState of(Customer customer) {
            return new CustomerState(
                    customer.locationId(),
                    customer.kind(),
                    customer.firstName(),
                    customer.lastName(),
                    customer.companyName(),
                    customer.emails(),
                    customer.phones(),
                    customer.address(),
                    customer.notes(),
                    customer.marketingConsent(),
                    customer.taxExempt(),
                    customer.taxExemptionCertificate(),
                    customer.taxExemptionExpires());
        }
    }

    /** A customer was registered. */
    public record CustomerRegistered(TenantId tenantId, CustomerId customerId, UUID actorId, CustomerState after)
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
            return after.locationId();
        }
    }

    /** A customer's details changed: the customer before and after (the audit trail keeps the fields that differ). */
    public record CustomerChanged(
            TenantId tenantId, CustomerId customerId, UUID actorId, CustomerState before, CustomerState after)
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
    public record CustomerDeleted(TenantId tenantId, CustomerId customerId, UUID actorId, CustomerState before)
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
            return before.locationId();
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
