package app.pitwall.repairorders;

import java.time.Instant;
import java.util.UUID;

/** One entry of a repair order's status history: from where to where, why, by whom and when. */
public record StatusChange(
        RepairOrder.Status from,
        RepairOrder.Status to,
        String reason,
        Stamp.Kind actorKind,
        UUID actorId,
        String actorName,
        Instant at) {}
