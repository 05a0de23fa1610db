package app.pitwall.customers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A customer's vehicle, identified by VIN where it has one, with its odometer history. */
public record Vehicle(
        VehicleId id,
        CustomerId customerId,
        UUID locationId,
        String vin,
        String plate,
        String plateRegion,
        Integer year,
        String make,
        String model,
        String trim,
        String engine,
        String colour,
        List<OdometerReading> odometerReadings,
        Instant createdAt,
        Instant updatedAt,
        int version) {

    /** An odometer reading taken on a date. */
    public record OdometerReading(int value, Unit unit, LocalDate readOn) {}

    /** Miles or kilometres. */
    public enum Unit {
        MI,
        KM
    }
}
