package app.pitwall.customers.internal;

import app.pitwall.customers.Customer;
import app.pitwall.customers.Vehicle;
import app.pitwall.platform.Auditable;
import app.pitwall.platform.SubjectNames;
import app.pitwall.platform.TenantId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Names customers (as lists show them, "Quill, Nora") and vehicles ("2019 Honda Civic · RSA 911"),
 * finds customers by what was typed the way the customer search does, and answers a customer's
 * vehicles as belonging to them. Readers of the audit trail see the whole tenant's trail, so this
 * is not limited to locations.
 */
@Component
class CustomerSubjectNames implements SubjectNames {

    private final JdbcClient jdbc;
    private final CustomerSearch customers;

    CustomerSubjectNames(JdbcClient jdbc, CustomerSearch customers) {
        this.jdbc = jdbc;
        this.customers = customers;
    }

    @Override
    public Set<String> types() {
        return Set.of("customer", "vehicle");
    }

    @Override
    public Map<String, String> names(TenantId tenant, String type, Collection<String> ids) {
        UUID[] wanted = SubjectNames.uuids(ids);
        Map<String, String> names = new LinkedHashMap<>();
        if (wanted.length == 0) {
            return names;
        }
        if (type.equals("customer")) {
            jdbc.sql("SELECT id, sort_name FROM customer WHERE tenant_id = ? AND id = ANY (?)")
                    .params(tenant.value(), wanted)
                    .query(row -> {
                        names.put(row.getObject("id", UUID.class).toString(), row.getString("sort_name"));
                    });
        } else if (type.equals("vehicle")) {
            jdbc.sql("SELECT id, year, make, model, plate, vin FROM vehicle WHERE tenant_id = ? AND id = ANY (?)")
                    .params(tenant.value(), wanted)
                    .query(row -> {
                        names.put(
                                row.getObject("id", UUID.class).toString(),
                                Vehicle.label(
                                        row.getObject("year", Integer.class),
                                        row.getString("make"),
                                        row.getString("model"),
                                        row.getString("plate"),
                                        row.getString("vin")));
                    });
        }
        return names;
    }

    /** Customers matching the text as the customer search finds them (name, phone, email, plate, VIN). */
    @Override
    public List<Named> choices(TenantId tenant, String type, String text, int limit) {
        if (!type.equals("customer") || text == null || text.isBlank()) {
            return List.of();
        }
        return customers.search(new CustomerRows.Scope(tenant, null), text, limit, null).stream()
                .map((Customer customer) ->
                        new Named(Auditable.Subject.of("customer", customer.id().value()), customer.displayName()))
                .toList();
    }

    @Override
    public List<Auditable.Subject> belongingTo(TenantId tenant, Auditable.Subject owner) {
        UUID[] customer = SubjectNames.uuids(owner.id() == null ? List.of() : List.of(owner.id()));
        if (!owner.type().equals("customer") || customer.length == 0) {
            return List.of();
        }
        return jdbc.sql("SELECT id FROM vehicle WHERE tenant_id = ? AND customer_id = ?")
                .params(tenant.value(), customer[0])
                .query((row, n) -> Auditable.Subject.of("vehicle", row.getObject("id", UUID.class)))
                .list();
    }
}
