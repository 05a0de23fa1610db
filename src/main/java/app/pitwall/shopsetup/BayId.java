package app.pitwall.shopsetup;

import java.util.UUID;

/** Identifies a service bay of a location. */
public record BayId(UUID value) {

    public static BayId random() {
        return new BayId(UUID.randomUUID());
    }
}
