package app.pitwall.customers;

import app.pitwall.platform.AuditAction;
import app.pitwall.platform.Auditable;
import app.pitwall.platform.TenantId;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What happens to customers and vehicles, for the audit trail and other modules. */
public final class CustomerEvents {

    private CustomerEvents() {}

    /** An event about one customer: the customer is the subject. */
    public sealed interface AboutCustomer extends Auditable {

        CustomerId customerId();

        @Override
        default Subject subject() {
            return Subject.of("customer", customerId().value());
        }
    }

    /** An event about one vehicle: the vehicle is the subject. */
    public sealed interface AboutVehicle extends Auditable {

        VehicleId vehicleId();

        @Override
        default Subject subject() {
            return Subject.of("vehicle", vehicleId().value());
        }
    }

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
    @AuditAction("customer.registered")
    public record CustomerRegistered(TenantId tenantId, CustomerId customerId, UUID actorId, CustomerState after)
            implements AboutCustomer {

        @Override
        public UUID locationId() {
            return after.locationId();
        }
    }

    /** A customer's details changed: the customer before and after (the audit trail keeps the fields that differ). */
    @AuditAction("customer.changed")
    public record CustomerChanged(
            TenantId tenantId, CustomerId customerId, UUID actorId, CustomerState before, CustomerState after)
            implements AboutCustomer {}

    /** A customer was deleted. */
    @AuditAction("customer.deleted")
    public record CustomerDeleted(TenantId tenantId, CustomerId customerId, UUID actorId, CustomerState before)
            implements AboutCustomer {

        @Override
        public UUID locationId() {
            return before.locationId();
        }
    }

    /**
     * What a vehicle is, as events tell it: a typed snapshot the audit trail records field by field. The odometer is
     * the latest reading, so a reading taken at a visit shows as a change of it.
     */
    public record VehicleState(
            UUID customerId,
            String vin,
            String plate,
            String plateRegion,
            Integer year,
            String make,
            String model,
            String trim,
            String engine,
            String colour,
            Vehicle.OdometerReading odometer) {

        public static VehicleState of(Vehicle vehicle) {
            return new VehicleState(
                    vehicle.customerId().value(),
                    vehicle.vin(),
                    vehicle.plate(),
                    vehicle.plateRegion(),
                    vehicle.year(),
                    vehicle.make(),
                    vehicle.model(),
                    vehicle.trim(),
                    vehicle.engine(),
                    vehicle.colour(),
                    vehicle.lastReading());
        }
    }

    /** A vehicle was registered to a customer. */
    @AuditAction("vehicle.registered")
    public record VehicleRegistered(TenantId tenantId, VehicleId vehicleId, UUID actorId, VehicleState after)
            implements AboutVehicle {}

    /** A vehicle's details changed or an odometer reading was added: the vehicle before and after. */
    @AuditAction("vehicle.changed")
    public record VehicleChanged(
            TenantId tenantId, VehicleId vehicleId, UUID actorId, VehicleState before, VehicleState after)
            implements AboutVehicle {}

    /** A vehicle was deleted. */
    @AuditAction("vehicle.deleted")
    public record VehicleDeleted(TenantId tenantId, VehicleId vehicleId, UUID actorId, VehicleState before)
            implements AboutVehicle {}
}
