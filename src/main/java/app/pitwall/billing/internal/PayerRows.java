package app.pitwall.billing.internal;

import app.pitwall.billing.Payer;
import app.pitwall.billing.PayerId;
import app.pitwall.platform.TenantId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The payers directory in PostgreSQL, every statement scoped by tenant. */
@Repository
class PayerRows {

    private final JdbcClient jdbc;

    PayerRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Up to {@code limit} payers after the name-and-id position given, by name. */
    List<Payer> list(TenantId tenant, Payer.Kind kind, int limit, String afterName, UUID afterId) {
        return jdbc.sql("""
                        SELECT * FROM payer WHERE tenant_id = :tenant
                          AND (CAST(:kind AS text) IS NULL OR kind = CAST(:kind AS text))
                          AND (CAST(:afterName AS text) IS NULL OR (name, id) > (CAST(:afterName AS text), CAST(:afterId AS uuid)))
                        ORDER BY name, id
                        LIMIT :limit""")
                .param("tenant", tenant.value())
                .param("kind", kind == null ? null : kind.name())
                .param("afterName", afterName)
                .param("afterId", afterId)
                .param("limit", limit)
                .query(PayerRows::payer)
                .list();
    }

    Optional<Payer> find(TenantId tenant, PayerId id, boolean forUpdate) {
        return jdbc.sql("SELECT * FROM payer WHERE tenant_id = ? AND id = ?" + (forUpdate ? " FOR UPDATE" : ""))
                .params(tenant.value(), id.value())
                .query(PayerRows::payer)
                .optional();
    }

    boolean nameTaken(TenantId tenant, Payer payer) {
        return jdbc.sql("SELECT count(*) FROM payer WHERE tenant_id = ? AND kind = ? AND name = ? AND id <> ?")
                        .params(tenant.value(), payer.kind().name(), payer.name(), payer.uuid())
                        .query(Long.class)
                        .single()
                > 0;
    }

    void insert(TenantId tenant, Payer payer, Instant now) {
        jdbc.sql("""
                        INSERT INTO payer (tenant_id, id, kind, name, address_line1, address_line2, city, region,
                                           postal_code, country, terms, contact_name, contact_email, contact_phone,
                                           tax_exempt, created_at, version)
                        VALUES (:tenant, :id, :kind, :name, :line1, :line2, :city, :region, :postal, :country, :terms,
                                :contactName, :contactEmail, :contactPhone, :exempt, :now, :version)""")
                .params(params(tenant, payer))
                .param("now", Timestamp.from(now))
                .update();
    }

    void update(TenantId tenant, Payer payer) {
        jdbc.sql("""
                        UPDATE payer SET kind = :kind, name = :name, address_line1 = :line1, address_line2 = :line2,
                               city = :city, region = :region, postal_code = :postal, country = :country,
                               terms = :terms, contact_name = :contactName, contact_email = :contactEmail,
                               contact_phone = :contactPhone, tax_exempt = :exempt, version = :version
                        WHERE tenant_id = :tenant AND id = :id""")
                .params(params(tenant, payer))
                .update();
    }

    private static java.util.Map<String, Object> params(TenantId tenant, Payer payer) {
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        params.put("tenant", tenant.value());
        params.put("id", payer.uuid());
        params.put("kind", payer.kind().name());
        params.put("name", payer.name());
        params.put("line1", payer.address().line1());
        params.put("line2", payer.address().line2());
        params.put("city", payer.address().city());
        params.put("region", payer.address().region());
        params.put("postal", payer.address().postalCode());
        params.put("country", payer.address().country());
        params.put("terms", payer.terms().name());
        params.put("contactName", payer.contact().name());
        params.put("contactEmail", payer.contact().email());
        params.put("contactPhone", payer.contact().phone());
        params.put("exempt", payer.taxExempt());
        params.put("version", payer.version());
        return params;
    }

    private static Payer payer(ResultSet rs, int row) throws SQLException {
        return new Payer(
                new PayerId(rs.getObject("id", UUID.class)),
                Payer.Kind.valueOf(rs.getString("kind")),
                rs.getString("name"),
                new Payer.Address(
                        rs.getString("address_line1"),
                        rs.getString("address_line2"),
                        rs.getString("city"),
                        rs.getString("region"),
                        rs.getString("postal_code"),
                        rs.getString("country")),
                Payer.Terms.valueOf(rs.getString("terms")),
                new Payer.Contact(rs.getString("contact_name"), rs.getString("contact_email"), rs.getString("contact_phone")),
                rs.getBoolean("tax_exempt"),
                rs.getInt("version"));
    }
}
