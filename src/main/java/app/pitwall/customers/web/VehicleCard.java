package app.pitwall.customers.web;

import app.pitwall.customers.Vehicle;
import app.pitwall.customers.Vin;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A vehicle as the pages show it: a title such as "2003 Honda Accord", what the VIN check says about it (manufacturer,
 * model year, warnings) and the odometer readings, newest first.
 */
record VehicleCard(
        Vehicle vehicle,
        String title,
        String manufacturer,
        Integer vinModelYear,
        List<String> vinWarnings,
        List<Vehicle.OdometerReading> readings) {

    static VehicleCard of(Vehicle vehicle) {
        Vin.VinCheck check = vehicle.vin() == null ? null : Vin.check(vehicle.vin());
        String title = Stream.of(
                        vehicle.year() == null ? null : vehicle.year().toString(),
                        vehicle.make(),
                        vehicle.model(),
                        vehicle.trim())
                .filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(" "));
        return new VehicleCard(
                vehicle,
                title,
                check == null ? null : check.manufacturer(),
                check == null ? null : check.modelYear(),
                check == null ? List.of() : check.warnings(),
                vehicle.odometerReadings().stream()
                        .sorted(Comparator.comparing(Vehicle.OdometerReading::readOn)
                                .reversed())
                        .toList());
    }

    /** The newest reading, or null when there is none. */
    public Vehicle.OdometerReading latestReading() {
        return readings.isEmpty() ? null : readings.get(0);
    }
}
