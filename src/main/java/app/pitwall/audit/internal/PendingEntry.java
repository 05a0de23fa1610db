package app.pitwall.audit.internal;

import app.pitwall.platform.TenantId;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An audit entry described when its event was published, waiting for its place in the chain: every
 * top-level member is already canonical, only the sequence number is missing.
 */
record PendingEntry(TenantId tenant, SortedMap<String, String> members) {

    PendingEntry {
        members = new TreeMap<>(members);
        if (members.containsKey("seq")) {
            throw new IllegalArgumentException("The sequence number is given when the entry is appended");
        }
    }

    /** The canonical document of this entry at sequence number {@code seq}. */
    String document(long seq) {
        TreeMap<String, String> complete = new TreeMap<>(members);
        complete.put("seq", Long.toString(seq));
        return CanonicalJson.object(complete);
    }
}
