package app.pitwall.cannedjobs.internal;

import app.pitwall.platform.TableSubjectNames;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Names canned jobs for the audit trail. */
@Component
class CannedJobSubjectNames extends TableSubjectNames {

    CannedJobSubjectNames(JdbcClient jdbc) {
        super(jdbc, Map.of("canned-job", "SELECT id, name FROM canned_job WHERE tenant_id = ? AND id = ANY (?)"));
    }
}
