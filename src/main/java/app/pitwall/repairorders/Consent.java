package app.pitwall.repairorders;

import java.time.Instant;
import java.util.UUID;

/**
 * How a customer's decisions reached the shop: through the approval link (with the typed name, the address and
 * browser it came from), or verbally, as staff record it.
 *
 * @param decidedBy the typed signature, or the person who authorized verbally
 * @param decidedAt when the customer decided
 * @param approvalRequestId the link used, or null for a verbal decision
 */
public record Consent(
        JobApproval.Method method,
        String decidedBy,
        Instant decidedAt,
        UUID approvalRequestId,
        String sourceAddress,
        String userAgent) {}
