package app.pitwall.repairorders;

import java.util.UUID;

/** Identifies a job (the unit a customer approves) within its tenant. */
public record JobId(UUID value) {

    public static JobId random() {
        return new JobId(UUID.randomUUID());
    }
}
