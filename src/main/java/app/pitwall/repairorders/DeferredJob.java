package app.pitwall.repairorders;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * Work a customer declined, kept on the vehicle to be offered again at its next visit.
 *
 * @param estimateTotal what the job came to when it was declined, in {@code currency}
 * @param resolvedAt when it stopped being deferred (approved after all); null while open
 */
public record DeferredJob(
        UUID id,
        UUID vehicleId,
        UUID customerId,
        UUID locationId,
        RepairOrderId repairOrderId,
        long repairOrderNumber,
        JobId jobId,
        String title,
        String complaint,
        BigDecimal estimateTotal,
        String currency,
        String declinedBy,
        Instant declinedAt,
        Instant resolvedAt,
        String resolution) {}
