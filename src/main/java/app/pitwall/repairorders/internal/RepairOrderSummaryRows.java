package app.pitwall.repairorders.internal;

import app.pitwall.access.Scope;
import app.pitwall.repairorders.RepairOrder;
import app.pitwall.repairorders.RepairOrderId;
import app.pitwall.repairorders.RepairOrderQuery;
import app.pitwall.repairorders.RepairOrderSummary;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Repair orders as lists show them, read from the {@code repair_order} rows: the order list with its filters and the
 * job board's open orders of a location. Every statement names the tenant and, for limited staff, the visible
 * locations.
 */
@Repository
class RepairOrderSummaryRows {

    private static final String SUMMARY_COLUMNS = """
            id, number, status, status_reason, location_id, customer_id, vehicle_id, customer_name, vehicle_label,
            service_advisor_id, all_technician_ids, promised_at, total, currency, job_count, jobs_done, created_at,
            updated_at, version""";
    private final JdbcClient jdbc;

    RepairOrderSummaryRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<RepairOrderSummary> list(Scope scope, RepairOrderQuery query, int limit, Long beforeNumber) {
        String text = query.text() == null || query.text().isBlank()
                ? null
                : query.text().strip();
        Long number = text != null && text.matches("\\d{1,15}") ? Long.valueOf(text) : null;
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM repair_order WHERE " + RepairOrderRows.SCOPED + """
                          AND (CAST(:location AS uuid) IS NULL OR location_id = CAST(:location AS uuid))
                          AND (CAST(:statuses AS text[]) IS NULL OR status = ANY (CAST(:statuses AS text[])))
                          AND (CAST(:advisor AS uuid) IS NULL OR service_advisor_id = CAST(:advisor AS uuid))
                          AND (CAST(:technician AS uuid) IS NULL OR CAST(:technician AS uuid) = ANY (all_technician_ids))
                          AND (CAST(:customer AS uuid) IS NULL OR customer_id = CAST(:customer AS uuid))
                          AND (CAST(:vehicle AS uuid) IS NULL OR vehicle_id = CAST(:vehicle AS uuid))
                          AND (CAST(:pattern AS text) IS NULL OR number = CAST(:number AS bigint)
                               OR customer_name ILIKE CAST(:pattern AS text) OR vehicle_label ILIKE CAST(:pattern AS text))
                          AND (CAST(:before AS bigint) IS NULL OR number < CAST(:before AS bigint))
                        ORDER BY number DESC
                        LIMIT :limit""")
                .param("tenant", scope.tenant().value())
                .param("locations", scope.locations())
                .param("location", query.locationId())
                .param(
                        "statuses",
                        query.statuses() == null || query.statuses().isEmpty()
                                ? null
                                : query.statuses().stream().map(Enum::name).toArray(String[]::new))
                .param("advisor", query.serviceAdvisorId())
                .param("technician", query.technicianId())
                .param("customer", query.customerId())
                .param("vehicle", query.vehicleId())
                .param(
                        "pattern",
                        text == null
                                ? null
                                : "%"
                                        + text.replace("\\", "\\\\")
                                                .replace("%", "\\%")
                                                .replace("_", "\\_") + "%")
                .param("number", number)
                .param("before", beforeNumber)
                .param("limit", limit)
                .query(RepairOrderSummaryRows::summary)
                .list();
    }

    /** The open orders of one location for the job board, soonest promised first. */
    List<RepairOrderSummary> board(
            Scope scope, UUID location, List<RepairOrder.Status> statuses, UUID advisor, UUID technician) {
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM repair_order WHERE " + RepairOrderRows.SCOPED + """
                          AND location_id = :location AND status = ANY (CAST(:statuses AS text[]))
                          AND (CAST(:advisor AS uuid) IS NULL OR service_advisor_id = CAST(:advisor AS uuid))
                          AND (CAST(:technician AS uuid) IS NULL OR CAST(:technician AS uuid) = ANY (all_technician_ids))
                        ORDER BY promised_at NULLS LAST, number""")
                .param("tenant", scope.tenant().value())
                .param("locations", scope.locations())
                .param("location", location)
                .param("statuses", statuses.stream().map(Enum::name).toArray(String[]::new))
                .param("advisor", advisor)
                .param("technician", technician)
                .query(RepairOrderSummaryRows::summary)
                .list();
    }

    private static RepairOrderSummary summary(ResultSet row, int index) throws SQLException {
        return new RepairOrderSummary(
                new RepairOrderId(row.getObject("id", UUID.class)),
                row.getLong("number"),
                RepairOrder.Status.valueOf(row.getString("status")),
                row.getString("status_reason"),
                row.getObject("location_id", UUID.class),
                row.getObject("customer_id", UUID.class),
                row.getObject("vehicle_id", UUID.class),
                row.getString("customer_name"),
                row.getString("vehicle_label"),
                row.getObject("service_advisor_id", UUID.class),
                List.of(RepairOrderRows.uuids(row.getArray("all_technician_ids"))),
                RepairOrderRows.instant(row.getTimestamp("promised_at")),
                row.getBigDecimal("total"),
                row.getString("currency").strip(),
                row.getInt("job_count"),
                row.getInt("jobs_done"),
                RepairOrderRows.instant(row.getTimestamp("created_at")),
                RepairOrderRows.instant(row.getTimestamp("updated_at")),
                row.getInt("version"));
    }
}
