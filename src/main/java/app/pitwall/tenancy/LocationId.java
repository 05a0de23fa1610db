package app.pitwall.tenancy;

import java.util.UUID;

/** Identifies a location (a shop, detailing site or storage facility) within its tenant. */
public record LocationId(UUID value) {

    public static LocationId random() {
        return new LocationId(UUID.randomUUID());
    }
}
