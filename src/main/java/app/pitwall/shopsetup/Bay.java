package app.pitwall.shopsetup;

import java.util.UUID;

/** A service bay of a location: a place a vehicle is worked on, and a resource of the calendar. */
public record Bay(BayId id, UUID locationId, String name, boolean active, int version) {}
