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

    /**
     * A raw control character: canonical JSON escapes every one inside strings, so it can only stand
     * where it was put.
     */
    private static final String SEQ_MARK = "\u0001";

    /** The canonical document of this entry at sequence number {@code seq}. */
    String document(long seq) {
        String[] split = split();
        return split[0] + seq + split[1];
    }

    /** The canonical document cut where its sequence number goes: what comes before and what after. */
    String[] split() {
        TreeMap<String, String> complete = new TreeMap<>(members);
        complete.put("seq", SEQ_MARK);
        String document = CanonicalJson.object(complete);
        int mark = document.indexOf(SEQ_MARK);
        return new String[] {document.substring(0, mark), document.substring(mark + SEQ_MARK.length())};
    }
}
