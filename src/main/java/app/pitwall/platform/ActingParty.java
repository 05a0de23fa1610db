package app.pitwall.platform;

/**
 * A principal that is neither a staff user nor the system, such as a customer's approval link: it
 * tells the audit trail what kind of party it is and which one, so the trail can name who acted.
 */
public interface ActingParty extends TenantBound {

    /** A stable name for the kind of party, e.g. {@code approval-link}. */
    String partyKind();

    /** Which party of that kind, e.g. the approval link's id. */
    String partyId();
}
