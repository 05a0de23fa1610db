package app.pitwall.shopsetup.internal;

import app.pitwall.platform.TableSubjectNames;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Names bays and labor rates for the audit trail. */
@Component
class ShopSetupSubjectNames extends TableSubjectNames {

    ShopSetupSubjectNames(JdbcClient jdbc) {
        super(
                jdbc,
                Map.of(
                        "bay", "SELECT id, name FROM bay WHERE tenant_id = ? AND id = ANY (?)",
                        "labor-rate", "SELECT id, name FROM labor_rate WHERE tenant_id = ? AND id = ANY (?)"));
    }
}
