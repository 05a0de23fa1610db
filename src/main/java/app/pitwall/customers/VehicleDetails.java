package app.pitwall.customers;

import java.util.UUID;

/**
 * What staff enter about a vehicle. For changes, null means "leave as is"; an odometer reading,
 * when given, is added to the history.
 */
public record VehicleDetails(
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
        Vehicle.OdometerReading odometer) {}
