package app.pitwall.customers;

import java.util.UUID;

/** Identifies a vehicle within its tenant. */
public record VehicleId(UUID value) {}
