package app.pitwall.repairorders;

/** Where a job stands with its customer, derived from its latest decision and its current content. */
public enum ApprovalStatus {
    /** No decision yet. */
    PENDING,
    /** Approved, and unchanged since: the approved version is the current one. */
    APPROVED,
    /** Approved, but its price or content changed afterwards: it needs a new approval. */
    CHANGED_SINCE_APPROVAL,
    /** Declined; kept as deferred work on the vehicle. */
    DECLINED
}
