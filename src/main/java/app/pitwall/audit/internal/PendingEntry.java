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
        String[] split = split();
        return split[0] + seq + split[1];
    }

    /** The canonical document cut where its sequence number goes: what comes before and what after. */
    String[] split() {
        StringBuilder before = new StringBuilder(512).append('{');
        StringBuilder after = new StringBuilder(256);
        boolean first = true;
        boolean seqWritten = false;
        for (var member : members.entrySet()) {
            if (!seqWritten && member.getKey().compareTo("seq") > 0) {
                before.append(first ? "" : ",").append("\"seq\":");
                seqWritten = true;
                first = false;
            }
            StringBuilder out = seqWritten ? after : before;
            if (!first) {
                out.append(',');
            }
            first = false;
            CanonicalJson.member(out, member.getKey(), member.getValue());
        }
        if (!seqWritten) {
            before.append(first ? "" : ",").append("\"seq\":");
        }
        return new String[] {before.toString(), after.append('}').toString()};
    }
}
