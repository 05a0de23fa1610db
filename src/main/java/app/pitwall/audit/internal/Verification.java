package app.pitwall.audit.internal;

import app.pitwall.platform.TenantId;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The outcome of re-walking one tenant's chain.
 *
 * @param eventsChecked entries whose link was recomputed and matched
 * @param headSequence the sequence number the tenant's head claims
 * @param broken where and why the chain first breaks; null when valid
 * @param checkpoints what became of each checkpoint taken into account
 */
public record Verification(
        TenantId tenant,
        boolean valid,
        long eventsChecked,
        long headSequence,
        Break broken,
        List<CheckpointCheck> checkpoints,
        long nanos) {

    /** Why a chain breaks. */
    public enum Reason {
        /** An entry (or its hash) is not what was written at that place. */
        ALTERED,
        /** Entries are gone: a gap in the sequence, or the tail cut off. */
        MISSING,
        /** An entry written for another place in the chain stands here. */
        REORDERED,
        /**
         * The entry is intact but a column that filters select by (tenant, time, action, actor,
         * subject) was changed: a question such as "what did this person do" would miss or misplace it.
         */
        COLUMNS_ALTERED;

        /** The reason as the API answers it and the trail records it: {@code altered}, {@code columns-altered}. */
        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** The first sequence number at which the chain breaks, why, and what was found. */
    public record Break(long sequence, Reason reason, String detail) {}

    /** A checkpoint and what it says about the trail. */
    public record CheckpointCheck(
            long sequence, String signedAt, boolean signatureValid, boolean signedByThisServer, Outcome outcome) {

        /** What the checkpoint showed. */
        public enum Outcome {
            MATCHES,
            DIFFERS,
            BEYOND_END,
            NOT_REACHED,
            SIGNATURE_INVALID,
            OTHER_TENANT
        }
    }

    public double eventsPerSecond() {
        return nanos == 0 ? 0 : eventsChecked * 1e9 / nanos;
    }

    /** The outcome as the API answers it and the command line prints it. */
    public ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("tenant", tenant.toString());
        node.put("valid", valid);
        node.put("eventsChecked", eventsChecked);
        node.put("headSequence", headSequence);
        if (broken != null) {
            ObjectNode at = node.putObject("brokenAt");
            at.put("sequence", broken.sequence());
            at.put("reason", broken.reason().code());
            at.put("detail", broken.detail());
        }
        ArrayNode kept = node.putArray("checkpoints");
        for (CheckpointCheck check : checkpoints) {
            ObjectNode item = kept.addObject();
            item.put("sequence", check.sequence());
            item.put("signedAt", check.signedAt());
            item.put("signatureValid", check.signatureValid());
            item.put("signedByThisServer", check.signedByThisServer());
            item.put("outcome", check.outcome().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        node.put("seconds", nanos / 1e9);
        node.put("eventsPerSecond", Math.round(eventsPerSecond()));
        return node;
    }
}
