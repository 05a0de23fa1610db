package app.pitwall.audit.internal;

import app.pitwall.audit.internal.Verification.Reason;
import app.pitwall.platform.TenantId;
import java.nio.charset.StandardCharsets;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Says why a link of the chain does not hold, once the verifier found one: the entry that stands at
 * sequence {@code n} was written for another place (reordered, or later entries moved up to fill a
 * gap: missing), or it is the entry of this place but changed (altered). Runs only on the broken
 * entry, so it may parse JSON and query. In a canonical entry the top-level sequence number is always
 * followed by the subject, which is how another entry's own number is found without parsing it.
 */
@Component
class BreakClassifier {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    BreakClassifier(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Verification.Break classify(TenantId tenant, long seq, byte[] entry) {
        Long written = writtenFor(entry);
        if (written == null || written == seq) {
            return new Verification.Break(
                    seq, Reason.ALTERED, "entry " + seq + " or its hash is not what was written at " + seq);
        }
        boolean ownEntryElsewhere = jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM audit_event
                                       WHERE tenant_id = ? AND seq <> ? AND strpos(entry, ?) > 0)""")
                .params(tenant.value(), seq, ",\"seq\":" + seq + ",\"subject\":")
                .query(Boolean.class)
                .single();
        if (ownEntryElsewhere || written < seq) {
            return new Verification.Break(
                    seq, Reason.REORDERED, "the entry written as " + written + " stands at " + seq);
        }
        Long next = jdbc.sql("SELECT entry FROM audit_event WHERE tenant_id = ? AND seq = ?")
                .params(tenant.value(), seq + 1)
                .query(String.class)
                .optional()
                .map(text -> writtenFor(text.getBytes(StandardCharsets.UTF_8)))
                .orElse(null);
        if (next == null || next == written + 1) {
            return new Verification.Break(
                    seq,
                    Reason.MISSING,
                    "entries " + seq + " to " + (written - 1) + " are gone; the entries from " + written
                            + " on were moved up to take their place");
        }
        return new Verification.Break(
                seq, Reason.ALTERED, "entry " + seq + " was changed to claim the place " + written);
    }

    private Long writtenFor(byte[] entry) {
        try {
            JsonNode document = json.readTree(new String(entry, StandardCharsets.UTF_8));
            JsonNode seq = document.get("seq");
            return seq != null && seq.isIntegralNumber() ? seq.asLong() : null;
        } catch (JacksonException e) {
            return null;
        }
    }
}
