package app.pitwall.customers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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

    /** How staff lists name it: "2019 Honda Civic · RSA 911", else its VIN, else "Vehicle". */
    public String label() {
        return label(year, make, model, plate, vin);
    }

    /** The label of a vehicle with these details; any may be null. */
    public static String label(Integer year, String make, String model, String plate, String vin) {
        String description = Stream.of(year == null ? null : year.toString(), make, model)
                .filter(Objects::nonNull)
                .collect(Collectors.joining(" "));
        String label = Stream.of(description.isEmpty() ? null : description, plate)
                .filter(Objects::nonNull)
                .collect(Collectors.joining(" · "));
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
