package app.pitwall.repairorders;

import java.util.UUID;

/** Identifies one line item of a job within its tenant. */
public record LineId(UUID value) {

    public static LineId random() {
        return new LineId(UUID.randomUUID());
    }
}
