package app.pitwall.customers.internal;

import app.pitwall.customers.Customer;
import app.pitwall.customers.CustomerId;
import app.pitwall.platform.TenantId;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Customer rows. Every statement names the tenant and, for limited staff, the visible locations. */
@Repository
class CustomerRows {

    /** The columns a {@link Customer} is read from, in the order of {@link #customer}. */
    static final String COLUMNS = """
            id, location_id, kind, first_name, last_name, company_name, emails, phones, street, city, region,
            postal_code, country, notes, marketing_consent, tax_exempt, tax_exemption_certificate, tax_exemption_expires,
            created_at, updated_at, version""";

    private final JdbcClient jdbc;

    CustomerRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locations an actor may see: null means all. */
    record Scope(TenantId tenant, UUID[] locations) {

        static Scope of(TenantId tenant, boolean all, Set<UUID> locations) {
            return new Scope(tenant, all ? null : locations.toArray(UUID[]::new));
        }
    }

    Optional<Customer> find(Scope scope, CustomerId id, boolean forUpdate) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM customer
                        WHERE tenant_id = :tenant AND id = :id
                          AND (CAST(:locations AS uuid[]) IS NULL OR location_id = ANY (CAST(:locations AS uuid[])))
                        """ + (forUpdate ? " FOR UPDATE" : ""))
                .param("tenant", scope.tenant().value())
                .param("id", id.value())
                .param("locations", scope.locations())
                .query(CustomerRows::customer)
                .optional();
    }

    void insert(TenantId tenant, Customer customer, String sortName, String searchText) {
        jdbc.sql("""
                        INSERT INTO customer (tenant_id, id, location_id, kind, first_name, last_name, company_name,
                                              emails, phones, street, city, region, postal_code, country, notes,
                                              marketing_consent, tax_exempt, tax_exemption_certificate,
                                              tax_exemption_expires, sort_name, search_text, created_at, updated_at,
                                              version)
                        VALUES (:tenant, :id, :location, :kind, :first, :last, :company, :emails, :phones, :street,
                                :city, :region, :postal, :country, :notes, :consent, :taxExempt, :certificate, :expires,
                                :sortName, :searchText,
                                :createdAt, :updatedAt, :version)""").params(parameters(tenant, customer, sortName, searchText)).update();
    }

    /** Writes the new state if the stored version is still {@code customer.version() - 1}. */
    boolean update(TenantId tenant, Customer customer, String sortName, String searchText) {
        return jdbc.sql("""
                        UPDATE customer SET location_id = :location, kind = :kind, first_name = :first,
                               last_name = :last, company_name = :company, emails = :emails, phones = :phones,
                               street = :street, city = :city, region = :region, postal_code = :postal,
                               country = :country, notes = :notes, marketing_consent = :consent,
                               tax_exempt = :taxExempt, tax_exemption_certificate = :certificate,
                               tax_exemption_expires = :expires,
                               sort_name = :sortName, search_text = :searchText, updated_at = :updatedAt,
                               version = :version
                        WHERE tenant_id = :tenant AND id = :id AND version = :version - 1""")
                        .params(parameters(tenant, customer, sortName, searchText))
                        .update()
                == 1;
    }

    boolean delete(TenantId tenant, CustomerId id) {
        return jdbc.sql("DELETE FROM customer WHERE tenant_id = ? AND id = ?")
                        .params(tenant.value(), id.value())
                        .update()
                == 1;
    }

    private static java.util.Map<String, Object> parameters(
            TenantId tenant, Customer customer, String sortName, String searchText) {
        var values = new java.util.HashMap<String, Object>();
        values.put("tenant", tenant.value());
        values.put("id", customer.id().value());
        values.put("location", customer.locationId());
        values.put("kind", customer.kind().name());
        values.put("first", customer.firstName());
        values.put("last", customer.lastName());
        values.put("company", customer.companyName());
        values.put("emails", customer.emails().toArray(String[]::new));
        values.put("phones", customer.phones().toArray(String[]::new));
        Customer.PostalAddress address = customer.address();
        values.put("street", address.street());
        values.put("city", address.city());
        values.put("region", address.region());
        values.put("postal", address.postalCode());
        values.put("country", address.country());
        values.put("notes", customer.notes());
        values.put("consent", customer.marketingConsent());
        values.put("taxExempt", customer.taxExempt());
        values.put("certificate", customer.taxExemptionCertificate());
        values.put("expires", customer.taxExemptionExpires());
        values.put("sortName", sortName);
        values.put("searchText", searchText);
        values.put("createdAt", Timestamp.from(customer.createdAt()));
        values.put("updatedAt", Timestamp.from(customer.updatedAt()));
        values.put("version", customer.version());
        return values;
    }

    static Customer customer(ResultSet row, int index) throws SQLException {
        return new Customer(
                new CustomerId(row.getObject("id", UUID.class)),
                row.getObject("location_id", UUID.class),
                Customer.Kind.valueOf(row.getString("kind")),
                row.getString("first_name"),
                row.getString("last_name"),
                row.getString("company_name"),
                strings(row.getArray("emails")),
                strings(row.getArray("phones")),
                new Customer.PostalAddress(
                        row.getString("street"),
                        row.getString("city"),
                        row.getString("region"),
                        row.getString("postal_code"),
                        row.getString("country")),
                row.getString("notes"),
                row.getBoolean("marketing_consent"),
                row.getBoolean("tax_exempt"),
                row.getString("tax_exemption_certificate"),
                row.getObject("tax_exemption_expires", LocalDate.class),
                row.getTimestamp("created_at").toInstant(),
                row.getTimestamp("updated_at").toInstant(),
                row.getInt("version"));
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null
                ? List.of()
                : Arrays.stream((Object[]) array.getArray())
                        .map(String.class::cast)
                        .toList();
    }
}
