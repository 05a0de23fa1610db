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

    /** The latest odometer reading, or null when there is none. */
    public OdometerReading lastReading() {
        return odometerReadings.isEmpty() ? null : odometerReadings.get(0);
    }

    /** The unit its odometer reads: its last reading's, else the one of {@code country} (where it is kept). */
    public Unit odometerUnit(String country) {
        OdometerReading last = lastReading();
        return last != null ? last.unit() : Unit.of(country);
    }

    /** An odometer reading taken on a date. */
    public record OdometerReading(int value, Unit unit, LocalDate readOn) {}

    /**
     * A reading taken at a visit, for {@link Customers#recordOdometer}.
     *
     * @param lowerConfirmed whether staff confirmed a reading lower than the last one (a replaced cluster, a typo
     *     earlier)
     * @param field the input the reading was typed into, named in a refusal
     */
    public record VisitReading(int value, LocalDate readOn, boolean lowerConfirmed, String field) {}

    /** Miles or kilometres. */
    public enum Unit {
        MI,
        KM;

        /** The countries whose odometers read miles (ISO 3166 alpha-2). */
        private static final java.util.Set<String> MILES = java.util.Set.of("US", "GB", "LR", "MM");

        /** The unit odometers read in a country; kilometres where unknown. */
        public static Unit of(String country) {
            return country != null && MILES.contains(country.toUpperCase(java.util.Locale.ROOT)) ? MI : KM;
        }
    }
}
