package app.pitwall.appointments.internal;

import app.pitwall.platform.Auditable;
import app.pitwall.platform.SubjectNames;
import app.pitwall.platform.TableSubjectNames;
import app.pitwall.platform.TenantId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Names appointments for the audit trail and answers a customer's appointments as belonging to them. */
@Component
class AppointmentSubjectNames extends TableSubjectNames {

    AppointmentSubjectNames(JdbcClient jdbc) {
        super(jdbc, Map.of("appointment", """
                SELECT id, 'Appointment · ' || customer_name AS name
                FROM appointment WHERE tenant_id = ? AND id = ANY (?)"""));
    }

    @Override
    public List<Auditable.Subject> belongingTo(TenantId tenant, Auditable.Subject owner) {
        UUID[] customer = SubjectNames.uuids(owner.id() == null ? List.of() : List.of(owner.id()));
        if (!owner.type().equals("customer") || customer.length == 0) {
            return List.of();
        }
        return jdbc().sql("SELECT id FROM appointment WHERE tenant_id = ? AND customer_id = ?")
                .params(tenant.value(), customer[0])
                .query((row, n) -> Auditable.Subject.of("appointment", row.getObject("id", UUID.class)))
                .list();
    }
}
