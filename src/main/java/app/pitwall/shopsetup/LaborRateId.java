package app.pitwall.shopsetup;

import java.util.UUID;

/** Identifies one of a location's labor rates. */
public record LaborRateId(UUID value) {

    public static LaborRateId random() {
        return new LaborRateId(UUID.randomUUID());
    }
}
