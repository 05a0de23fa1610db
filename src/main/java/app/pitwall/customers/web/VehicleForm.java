package app.pitwall.customers.web;

import app.pitwall.customers.Vehicle;
import app.pitwall.customers.VehicleDetails;
import app.pitwall.platform.InvalidInputException;
import app.pitwall.platform.web.NoCardNumber;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * The vehicle form as the browser sends it, all text so that what was typed can be shown again. An odometer value,
 * when given, adds a reading to the vehicle's history (dated today unless another date is given).
 */
record VehicleForm(
        @Size(max = 32) @CheckedVin String vin,
        @Size(max = 16) @NoCardNumber String plate,
        @Size(max = 50) String plateRegion,

        @Pattern(regexp = "^$|^[0-9]{4}$", message = "{form.year.invalid}")
        String year,

        @Size(max = 60) @NoCardNumber String make,
        @Size(max = 60) @NoCardNumber String model,
        @Size(max = 60) @NoCardNumber String trim,
        @Size(max = 60) @NoCardNumber String engine,
        @Size(max = 40) @NoCardNumber String colour,

        @Pattern(regexp = "^$|^[0-9]{1,7}$", message = "{form.odometer.invalid}")
        String odometer,

        @Pattern(regexp = "^$|^(MI|KM)$", message = "{form.odometerUnit.invalid}")
        String odometerUnit,

        @Pattern(regexp = "^$|^[0-9]{4}-[0-9]{2}-[0-9]{2}$", message = "{form.date.invalid}")
        String odometerDate,

        @Pattern(regexp = "^$|^[0-9]{1,9}$") String version) {

    static VehicleForm blank(Vehicle.Unit unit) {
        return new VehicleForm("", "", "", "", "", "", "", "", "", "", unit.name(), "", "");
    }

    static VehicleForm of(Vehicle vehicle) {
        Vehicle.Unit unit = vehicle.odometerReadings().isEmpty()
                ? Vehicle.Unit.MI
                : vehicle.odometerReadings().get(0).unit();
        return new VehicleForm(
                text(vehicle.vin()),
                text(vehicle.plate()),
                text(vehicle.plateRegion()),
                text(vehicle.year()),
                text(vehicle.make()),
                text(vehicle.model()),
                text(vehicle.trim()),
                text(vehicle.engine()),
                text(vehicle.colour()),
                "",
                unit.name(),
                "",
                String.valueOf(vehicle.version()));
    }

    VehicleForm withVersion(int current) {
        return new VehicleForm(
                vin,
                plate,
                plateRegion,
                year,
                make,
                model,
                trim,
                engine,
                colour,
                odometer,
                odometerUnit,
                odometerDate,
                String.valueOf(current));
    }

    /** Every field given, so blanks clear what was there; a reading dated after {@code today} is refused. */
    VehicleDetails toDetails(UUID customerId, LocalDate today) {
        return new VehicleDetails(
                customerId,
                orEmpty(vin),
                orEmpty(plate),
                orEmpty(plateRegion),
                year == null || year.isBlank() ? null : Integer.valueOf(year),
                orEmpty(make),
                orEmpty(model),
                orEmpty(trim),
                orEmpty(engine),
                orEmpty(colour),
                reading(today));
    }

    Integer expectedVersion() {
        return version == null || version.isBlank() ? null : Integer.valueOf(version);
    }

    private Vehicle.OdometerReading reading(LocalDate today) {
        if (odometer == null || odometer.isBlank()) {
            return null;
        }
        LocalDate readOn = today;
        if (odometerDate != null && !odometerDate.isBlank()) {
            try {
                readOn = LocalDate.parse(odometerDate);
            } catch (DateTimeParseException e) {
                throw new InvalidInputException("odometerDate", "form.date.invalid");
            }
            if (readOn.isAfter(today)) {
                throw new InvalidInputException("odometerDate", "form.date.future");
            }
        }
        Vehicle.Unit unit = "KM".equals(odometerUnit) ? Vehicle.Unit.KM : Vehicle.Unit.MI;
        return new Vehicle.OdometerReading(Integer.parseInt(odometer), unit, readOn);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
