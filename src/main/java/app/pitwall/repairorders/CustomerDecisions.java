package app.pitwall.repairorders;

import app.pitwall.access.Actor;
import app.pitwall.platform.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The customer's decisions on an order's jobs, as the approvals module records them: sending the estimate, a decision
 * given by phone or at the counter (recorded by staff), and a decision given through an approval link (the customer,
 * bound to one order by the link's token). A declined job becomes deferred work on the vehicle; a job approved later
 * stops being deferred. Every change runs in the caller's transaction and is announced as {@link RepairOrderEvents}.
 */
public interface CustomerDecisions {

    /**
     * Makes the order's current estimate the one the customer decides on: an ESTIMATE moves to AWAITING_APPROVAL; an
     * order already approved must have a job added or changed since. Needs {@code repair-orders:transition}.
     */
    RepairOrder sendEstimate(Actor actor, RepairOrderId id, Integer expectedVersion);

    /**
     * Records what the customer said by phone or in person; needs {@code repair-orders:transition}. The decision is
     * made against the order once it is read, so that an order the actor cannot see is "not found" before anything
     * about the decision is refused.
     */
    RepairOrder recordVerbal(Actor actor, RepairOrderId id, VerbalDecision decision, Integer expectedVersion);

    /** A decision staff recorded, checked against the order it is about. */
    @FunctionalInterface
    interface VerbalDecision {

        Decided decide(RepairOrder order);

        /** The decisions on the order's jobs and how the customer gave them. */
        record Decided(List<RepairOrder.JobDecision> decisions, Consent consent) {}
    }

    /** Every decision on the order's jobs, oldest first. */
    List<JobApproval> decisions(Actor actor, RepairOrderId id);

    /** The order an approval link of the tenant was issued for, locked if {@code forDecision}. */
    Optional<RepairOrder> orderOfLink(TenantId tenant, RepairOrderId id, boolean forDecision);

    /** Records the customer's decisions given through a link on the order read by {@link #orderOfLink}, and saves it. */
    void recordFromLink(RepairOrder order, List<RepairOrder.JobDecision> decisions, Consent consent, Stamp stamp);

    /** The order as its customer sees it. */
    Estimate estimate(RepairOrder order, Instant linkExpiresAt);
}
