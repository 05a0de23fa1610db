package app.pitwall.audit;

import app.pitwall.platform.Auditable;
import app.pitwall.platform.TenantId;
import java.util.Map;

/** A business change of tests' own making, so chains of any length can be written quickly. */
record TestAuditedChange(TenantId tenantId, int number, Map<String, Object> after) implements Auditable {

    TestAuditedChange(TenantId tenantId, int number) {
        this(tenantId, number, Map.of("number", number, "note", "change " + number));
    }

    @Override
    public String action() {
        return "test.changed";
    }

    @Override
    public Subject subject() {
        return Subject.of("test-subject", "subject-" + number);
    }
}
