package app.pitwall.billing.internal;

import app.pitwall.billing.BillingSettings;
import app.pitwall.billing.BillingSetup;
import app.pitwall.platform.TenantId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tenant's billing settings row; a tenant without one has {@link BillingSettings#DEFAULTS} at version 0. */
@Repository
class BillingSettingsRows {

    private final JdbcClient jdbc;

    BillingSettingsRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    BillingSetup.Versioned read(TenantId tenant, boolean forUpdate) {
        Optional<BillingSetup.Versioned> stored = jdbc.sql(
                        "SELECT * FROM billing_settings WHERE tenant_id = ?" + (forUpdate ? " FOR UPDATE" : ""))
                .param(tenant.value())
                .query((rs, row) -> new BillingSetup.Versioned(
                        new BillingSettings(
                                rs.getBoolean("check_odometer_out"),
                                rs.getBoolean("check_technicians"),
                                rs.getBoolean("check_jobs_done"),
                                rs.getBoolean("check_parts_received"),
                                BillingSettings.Scope.valueOf(rs.getString("numbering_scope")),
                                rs.getString("invoice_prefix"),
                                rs.getString("credit_note_prefix"),
                                rs.getBigDecimal("advisor_credit_limit")),
                        rs.getInt("version")))
                .optional();
        return stored.orElse(new BillingSetup.Versioned(BillingSettings.DEFAULTS, 0));
    }

    void write(TenantId tenant, BillingSettings settings, int version, Instant now) {
        jdbc.sql("""
                        INSERT INTO billing_settings (tenant_id, check_odometer_out, check_technicians, check_jobs_done,
                                                      check_parts_received, numbering_scope, invoice_prefix,
                                                      credit_note_prefix, advisor_credit_limit, updated_at, version)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (tenant_id) DO UPDATE SET
                            check_odometer_out = EXCLUDED.check_odometer_out,
                            check_technicians = EXCLUDED.check_technicians,
                            check_jobs_done = EXCLUDED.check_jobs_done,
                            check_parts_received = EXCLUDED.check_parts_received,
                            numbering_scope = EXCLUDED.numbering_scope,
                            invoice_prefix = EXCLUDED.invoice_prefix,
                            credit_note_prefix = EXCLUDED.credit_note_prefix,
                            advisor_credit_limit = EXCLUDED.advisor_credit_limit,
                            updated_at = EXCLUDED.updated_at,
                            version = EXCLUDED.version""")
                .params(
                        tenant.value(),
                        settings.checkOdometerOut(),
                        settings.checkTechnicians(),
                        settings.checkJobsDone(),
                        settings.checkPartsReceived(),
                        settings.numberingScope().name(),
                        settings.invoicePrefix(),
                        settings.creditNotePrefix(),
                        settings.advisorCreditLimit(),
                        Timestamp.from(now),
                        version)
                .update();
    }
}
