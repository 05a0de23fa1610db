package app.pitwall.cannedjobs;

import java.util.UUID;

/** Identifies a canned job, a reusable job template of the tenant. */
public record CannedJobId(UUID value) {

    public static CannedJobId random() {
        return new CannedJobId(UUID.randomUUID());
    }
}
