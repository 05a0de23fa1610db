package app.pitwall.shopsetup.internal;

import app.pitwall.platform.TenantId;
import app.pitwall.shopsetup.Bay;
import app.pitwall.shopsetup.BayId;
import app.pitwall.shopsetup.LaborRate;
import app.pitwall.shopsetup.LaborRateId;
import app.pitwall.shopsetup.WorkOrderSettings;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Bays, labor rates and work-order settings in PostgreSQL, every statement scoped by tenant. */
@Repository
class ShopSetupRows {

    private final JdbcClient jdbc;

    ShopSetupRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Bay> bays(TenantId tenant, UUID location) {
        return jdbc.sql("SELECT * FROM bay WHERE tenant_id = ? AND location_id = ? ORDER BY active DESC, name, id")
                .params(tenant.value(), location)
                .query(ShopSetupRows::bay)
                .list();
    }

    Optional<Bay> bay(TenantId tenant, BayId id, boolean forUpdate) {
        return jdbc.sql("SELECT * FROM bay WHERE tenant_id = ? AND id = ?" + (forUpdate ? " FOR UPDATE" : ""))
                .params(tenant.value(), id.value())
                .query(ShopSetupRows::bay)
                .optional();
    }

    void insertBay(TenantId tenant, Bay bay, Instant now) {
        jdbc.sql("INSERT INTO bay (tenant_id, id, location_id, name, active, created_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(
                        tenant.value(),
                        bay.id().value(),
                        bay.locationId(),
                        bay.name(),
                        bay.active(),
                        Timestamp.from(now))
                .update();
    }

    void updateBay(TenantId tenant, Bay bay) {
        jdbc.sql("UPDATE bay SET name = ?, active = ?, version = ? WHERE tenant_id = ? AND id = ?")
                .params(
                        bay.name(),
                        bay.active(),
                        bay.version(),
                        tenant.value(),
                        bay.id().value())
                .update();
    }

    List<LaborRate> laborRates(TenantId tenant, UUID location) {
        return jdbc.sql("""
                        SELECT * FROM labor_rate WHERE tenant_id = ? AND location_id = ?
                        ORDER BY is_default DESC, active DESC, name, id""")
                .params(tenant.value(), location)
                .query(ShopSetupRows::laborRate)
                .list();
    }

    Optional<LaborRate> laborRate(TenantId tenant, LaborRateId id, boolean forUpdate) {
        return jdbc.sql("""
                        SELECT * FROM labor_rate WHERE tenant_id = ? AND id = ?""" + (forUpdate ? " FOR UPDATE" : ""))
                .params(tenant.value(), id.value())
                .query(ShopSetupRows::laborRate)
                .optional();
    }

    void insertLaborRate(TenantId tenant, LaborRate rate, Instant now) {
        jdbc.sql("""
                        INSERT INTO labor_rate (tenant_id, id, location_id, name, hourly_rate, is_default, active,
                                                created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        tenant.value(),
                        rate.id().value(),
                        rate.locationId(),
                        rate.name(),
                        rate.hourlyRate(),
                        rate.isDefault(),
                        rate.active(),
                        Timestamp.from(now))
                .update();
    }

    void updateLaborRate(TenantId tenant, LaborRate rate) {
        jdbc.sql("""
                        UPDATE labor_rate SET name = ?, hourly_rate = ?, is_default = ?, active = ?, version = ?
                        WHERE tenant_id = ? AND id = ?""")
                .params(
                        rate.name(),
                        rate.hourlyRate(),
                        rate.isDefault(),
                        rate.active(),
                        rate.version(),
                        tenant.value(),
                        rate.id().value())
                .update();
    }

    /** Makes no rate of the location the default, before another one becomes it. */
    void clearDefault(TenantId tenant, UUID location) {
        jdbc.sql("UPDATE labor_rate SET is_default = false WHERE tenant_id = ? AND location_id = ? AND is_default")
                .params(tenant.value(), location)
                .update();
    }

    WorkOrderSettings settings(TenantId tenant, boolean forUpdate) {
        return jdbc.sql("SELECT * FROM workorder_settings WHERE tenant_id = ?" + (forUpdate ? " FOR UPDATE" : ""))
                .param(tenant.value())
                .query((row, index) -> new WorkOrderSettings(
                        row.getBigDecimal("discount_cap_percent"),
                        row.getBigDecimal("shop_supplies_percent"),
                        row.getBigDecimal("shop_supplies_cap"),
                        row.getInt("version")))
                .optional()
                .orElse(WorkOrderSettings.DEFAULTS);
    }

    void writeSettings(TenantId tenant, WorkOrderSettings settings, Instant now) {
        jdbc.sql("""
                        INSERT INTO workorder_settings (tenant_id, discount_cap_percent, shop_supplies_percent,
                                                        shop_supplies_cap, updated_at, version)
                        VALUES (?, ?, ?, ?, ?, ?)
                        ON CONFLICT (tenant_id) DO UPDATE SET discount_cap_percent = EXCLUDED.discount_cap_percent,
                               shop_supplies_percent = EXCLUDED.shop_supplies_percent,
                               shop_supplies_cap = EXCLUDED.shop_supplies_cap, updated_at = EXCLUDED.updated_at,
                               version = EXCLUDED.version""")
                .params(
                        tenant.value(),
                        settings.discountCapPercent(),
                        settings.shopSuppliesPercent(),
                        settings.shopSuppliesCap(),
                        Timestamp.from(now),
                        settings.version())
                .update();
    }

    private static Bay bay(ResultSet row, int index) throws SQLException {
        return new Bay(
                new BayId(row.getObject("id", UUID.class)),
                row.getObject("location_id", UUID.class),
                row.getString("name"),
                row.getBoolean("active"),
                row.getInt("version"));
    }

    private static LaborRate laborRate(ResultSet row, int index) throws SQLException {
        return new LaborRate(
                new LaborRateId(row.getObject("id", UUID.class)),
                row.getObject("location_id", UUID.class),
                row.getString("name"),
                row.getBigDecimal("hourly_rate"),
                row.getBoolean("is_default"),
                row.getBoolean("active"),
                row.getInt("version"));
    }
}
