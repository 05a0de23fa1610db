package app.pitwall.repairorders;

import app.pitwall.platform.Money;
import java.time.Instant;
import java.util.UUID;

/**
 * A customer's decision on one job, as recorded: approved or declined, how (through the approval link, or verbally
 * by phone or in person as recorded by staff), the exact version of the job it was made on, by whom and when, and
 * from where for a link.
 *
 * @param versionHash SHA-256 (hex) of the job's canonical content at the time of the decision, see {@link JobContent}
 * @param content the canonical content that was hashed: what the customer saw
 * @param decidedBy the name the customer typed as signature, or who authorized verbally
 * @param decidedAt when the customer decided (for verbal approvals, as the advisor recorded it)
 * @param recordedBy the staff member who recorded a verbal decision; null for the link
 */
public record JobApproval(
        UUID id,
        JobId jobId,
        Decision decision,
        Method method,
        String versionHash,
        Money jobTotal,
        String content,
        String decidedBy,
        Instant decidedAt,
        Instant recordedAt,
        UUID recordedBy,
        UUID approvalRequestId,
        String sourceAddress,
        String userAgent) {

    /** What the customer said about the job. */
    public enum Decision {
        APPROVED,
        DECLINED
    }

    /** How the decision reached the shop. */
    public enum Method {
        /** The customer used the approval link and typed their name. */
        LINK,
        /** Authorized by telephone, recorded by staff. */
        PHONE,
        /** Authorized at the counter, recorded by staff. */
        IN_PERSON;

        public boolean verbal() {
            return this != LINK;
        }
    }
}
