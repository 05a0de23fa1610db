package app.pitwall.approvals;

import app.pitwall.platform.TenantId;
import app.pitwall.repairorders.Estimate;
import app.pitwall.repairorders.RepairOrder;
import java.util.List;

/**
 * The customer's side of an estimate, reached with nothing but the token of an approval link: it shows that one
 * estimate and takes the customer's decision on each job with their typed name as signature. A link that is unknown,
 * tampered with or of another tenant is {@link ApprovalLinkRefused refused} as unknown; an expired link, one replaced
 * by a newer link, or one of an order now finished is refused as gone; a link used too often is refused for a while.
 */
public interface CustomerApprovals {

    Estimate show(String token);

    /**
     * The shop (tenant) whose link this is, for showing its logo beside the estimate; refused like {@link #show} when
     * the link is unknown, expired or replaced. Not counted as a view.
     */
    TenantId shopOf(String token);

    /** Records the decisions; approving at least one job approves the order. Answers the estimate as it now is. */
    Estimate answer(String token, CustomerAnswer answer, String sourceAddress, String userAgent);

    /**
     * What the customer submits.
     *
     * @param signature the customer's name as they typed it
     * @param decisions one per job decided, each with the version hash the customer was shown
     */
    record CustomerAnswer(String signature, List<RepairOrder.JobDecision> decisions) {}
}
