package app.pitwall.customers.internal;

import app.pitwall.customers.Customer;
import app.pitwall.customers.Vehicle;
import app.pitwall.customers.VehicleDetails;
import app.pitwall.customers.VehicleId;
import app.pitwall.customers.Vin;
import app.pitwall.platform.CardNumbers;
import app.pitwall.platform.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The rules of a vehicle's details: merging a change, and a checked VIN. */
final class VehicleChanges {

    private VehicleChanges() {}

    static Vehicle blank(VehicleId id, Customer owner, Instant now) {
        return new Vehicle(
                id,
                owner.id(),
                owner.locationId(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                now,
                now,
                0);
    }

    /** Applies the non-null fields; an empty string clears a field. The vehicle follows its owner's location. */
    static Vehicle apply(Vehicle current, VehicleDetails changes, Customer owner, Instant now) {
        String vin = current.vin();
        if (changes.vin() != null) {
            vin = changes.vin().isBlank() ? null : checkedVin(changes.vin());
        }
        return new Vehicle(
                current.id(),
                owner.id(),
                owner.locationId(),
                vin,
                CustomerChanges.merge(current.plate(), changes.plate()),
                CustomerChanges.merge(current.plateRegion(), changes.plateRegion()),
                changes.year() != null ? changes.year() : current.year(),
                CustomerChanges.merge(current.make(), changes.make()),
                CustomerChanges.merge(current.model(), changes.model()),
                CustomerChanges.merge(current.trim(), changes.trim()),
                CustomerChanges.merge(current.engine(), changes.engine()),
                CustomerChanges.merge(current.colour(), changes.colour()),
                current.odometerReadings(),
                current.createdAt(),
                now,
                current.version());
    }

    static Vehicle nextVersion(Vehicle vehicle, int currentVersion) {
        return new Vehicle(
                vehicle.id(),
                vehicle.customerId(),
                vehicle.locationId(),
                vehicle.vin(),
                vehicle.plate(),
                vehicle.plateRegion(),
                vehicle.year(),
                vehicle.make(),
                vehicle.model(),
                vehicle.trim(),
                vehicle.engine(),
                vehicle.colour(),
                vehicle.odometerReadings(),
                vehicle.createdAt(),
                vehicle.updatedAt(),
                currentVersion + 1);
    }

    /** The vehicle if every rule holds; otherwise one refusal naming every field that breaks one. */
    static Vehicle validated(Vehicle vehicle) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (vehicle.vin() != null) {
            Vin.VinCheck check = Vin.check(vehicle.vin());
            if (!check.valid()) {
                problems.put("vin", check.error());
            }
        }
        int nextYear = LocalDate.now().getYear() + 2;
        if (vehicle.year() != null && (vehicle.year() < 1886 || vehicle.year() > nextYear)) {
            problems.put("year", "must be between 1886 and " + nextYear);
        }
        Map<String, String> freeText = new LinkedHashMap<>();
        freeText.put("plate", vehicle.plate());
        freeText.put("make", vehicle.make());
        freeText.put("model", vehicle.model());
        freeText.put("trim", vehicle.trim());
        freeText.put("engine", vehicle.engine());
        freeText.put("colour", vehicle.colour());
        freeText.forEach((field, value) -> {
            if (CardNumbers.containsCardNumber(value)) {
                problems.put(field, "looks like a payment card number; Pitwall never stores those");
            }
        });
        InvalidInputException.throwIfAny(problems);
        return vehicle;
    }

    /** The VIN as it is kept when it passes the check; as typed otherwise, for {@link #validated} to refuse. */
    private static String checkedVin(String raw) {
        Vin.VinCheck check = Vin.check(raw);
        return check.valid() ? check.normalized() : raw.strip();
    }
}
