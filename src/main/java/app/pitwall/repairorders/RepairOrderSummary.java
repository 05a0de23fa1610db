package app.pitwall.repairorders;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A repair order as lists and the job board show it, read without its jobs.
 *
 * @param technicianIds everyone assigned to the order or to one of its jobs
 * @param total what the jobs not declined come to, in {@code currency}
 */
public record RepairOrderSummary(
        RepairOrderId id,
        long number,
        RepairOrder.Status status,
        String statusReason,
        UUID locationId,
        UUID customerId,
        UUID vehicleId,
        String customerName,
        String vehicleLabel,
        UUID serviceAdvisorId,
        List<UUID> technicianIds,
        Instant promisedAt,
        BigDecimal total,
        String currency,
        int jobCount,
        int jobsDone,
        Instant createdAt,
        Instant updatedAt,
        int version) {}
