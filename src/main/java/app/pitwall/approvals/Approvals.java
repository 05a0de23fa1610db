package app.pitwall.approvals;

import app.pitwall.access.Actor;
import app.pitwall.repairorders.JobApproval;
import app.pitwall.repairorders.JobId;
import app.pitwall.repairorders.RepairOrder;
import app.pitwall.repairorders.RepairOrderId;
import app.pitwall.repairorders.RepairOrders;
import java.time.Instant;
import java.util.List;

/**
 * Staff's side of estimates: sending one to the customer with an approval link, recording a customer's verbal
 * decision, and reading every decision made. Scoped, versioned and announced like {@link RepairOrders}.
 */
public interface Approvals {

    /**
     * Sends the order's current estimate: an ESTIMATE moves to AWAITING_APPROVAL; an order already approved may send
     * jobs added or changed since. A new link replaces every earlier link of the order, which stops working.
     */
    ApprovalLink requestApproval(Actor actor, RepairOrderId id, Integer expectedVersion);

    /** Records what the customer said by phone or at the counter; such decisions are marked verbal everywhere. */
    RepairOrder recordVerbal(Actor actor, RepairOrderId id, VerbalApproval approval, Integer expectedVersion);

    /** Every decision on the order's jobs, oldest first. */
    List<JobApproval> decisions(Actor actor, RepairOrderId id);

    /**
     * A link sent to the customer. The token in {@code url} is shown this once; only its hash is kept.
     *
     * @param url the customer's page; its last path segment is the token the approval API takes
     */
    record ApprovalLink(java.util.UUID requestId, String url, String token, Instant expiresAt, RepairOrder order) {}

    /**
     * A customer's verbal decision.
     *
     * @param authorizedBy who gave it, as they said their name
     * @param at when they gave it; now if absent
     */
    record VerbalApproval(
            List<JobId> approvedJobs,
            List<JobId> declinedJobs,
            String authorizedBy,
            JobApproval.Method method,
            Instant at) {}
}
