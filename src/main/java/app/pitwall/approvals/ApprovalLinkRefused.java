package app.pitwall.approvals;

/** An approval link that cannot be used, and why: the answer tells the customer what to do without revealing more. */
public class ApprovalLinkRefused extends RuntimeException {

    /** Why the link was refused, with the HTTP status it answers. */
    public enum Reason {
        /** No such link: never issued, tampered with, or another tenant's (404). */
        UNKNOWN(404, "This approval link is not valid."),
        /** Past its expiry (410). */
        EXPIRED(410, "This approval link has expired; ask the shop to send a new one."),
        /** A newer link was sent for the same order (410). */
        REPLACED(410, "This approval link was replaced by a newer one; use the latest link the shop sent."),
        /** The order is finished or cancelled (410). */
        CLOSED(410, "This estimate can no longer be approved; please call the shop."),
        /** Used too often (429). */
        TOO_MANY_ATTEMPTS(429, "This approval link was used too often; please call the shop.");

        private final int status;
        private final String message;

        Reason(int status, String message) {
            this.status = status;
            this.message = message;
        }

        public int status() {
            return status;
        }
    }

    private final Reason reason;

    public ApprovalLinkRefused(Reason reason) {
        super(reason.message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
