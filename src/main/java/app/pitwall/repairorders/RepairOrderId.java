package app.pitwall.repairorders;

import java.util.UUID;

/** Identifies a repair order within its tenant; staff and customers use its {@link RepairOrder#number() number}. */
public record RepairOrderId(UUID value) {

    public static RepairOrderId random() {
        return new RepairOrderId(UUID.randomUUID());
    }
}
