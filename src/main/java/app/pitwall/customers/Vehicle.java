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

    /** "2019 Honda Civic · ABC 123", or the VIN when nothing else is known: how orders and the calendar name it. */
    public String label() {
        String described = java.util.stream.Stream.of(year == null ? null : year.toString(), make, model)
                .filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.joining(" "));
        String label = java.util.stream.Stream.of(described.isEmpty() ? null : described, plate)
                .filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.joining(" · "));
        return !label.isEmpty() ? label : vin != null ? vin : "Vehicle";
    }

    /** An odometer reading taken on a date. */
    public record OdometerReading(int value, Unit unit, LocalDate readOn) {}

    /** Miles or kilometres. */
    public enum Unit {
        MI,
        KM
    }
}
