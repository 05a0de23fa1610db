package app.pitwall.repairorders.internal;

import app.pitwall.access.Scope;
import app.pitwall.platform.ConflictException;
import app.pitwall.platform.TenantId;
import app.pitwall.platform.web.ProblemType;
import app.pitwall.repairorders.Job;
import app.pitwall.repairorders.OrderDetails;
import app.pitwall.repairorders.Pricing;
import app.pitwall.repairorders.RepairOrder;
import app.pitwall.repairorders.RepairOrderId;
import app.pitwall.repairorders.Visit;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code repair_order} row of each order: its header, details and the totals kept current for lists, plus the
 * per-tenant number counter. Every statement names the tenant and, for limited staff, the visible locations.
 */
@Repository
class RepairOrderRows {

    static final String SCOPED = """
            tenant_id = :tenant
            AND (CAST(:locations AS uuid[]) IS NULL OR location_id = ANY (CAST(:locations AS uuid[])))""";

    private final JdbcClient jdbc;

    RepairOrderRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The tenant's next repair-order number; the counter row stays locked until the transaction ends. */
    long nextNumber(TenantId tenant) {
        return jdbc.sql("""
                        INSERT INTO repair_order_counter (tenant_id, last_number) VALUES (?, 1)
                        ON CONFLICT (tenant_id) DO UPDATE SET last_number = repair_order_counter.last_number + 1
                        RETURNING last_number""").param(tenant.value()).query(Long.class).single();
    }

    /** The order's row, read as a header with details, status and version; jobs are added by the caller. */
    Optional<Stored> find(Scope scope, RepairOrderId id, boolean forUpdate) {
        return jdbc.sql("SELECT * FROM repair_order WHERE " + SCOPED + " AND id = :id"
                        + (forUpdate ? " FOR UPDATE" : ""))
                .param("tenant", scope.tenant().value())
                .param("locations", scope.locations())
                .param("id", id.value())
                .query((row, index) -> stored(scope.tenant(), row))
                .optional();
    }

    /** Stores a new order; an appointment already checked in (another order names it) is refused. */
    void insert(RepairOrder order) {
        try {
            insertRow(order);
        } catch (org.springframework.dao.DuplicateKeyException e) {
            if (order.visit().appointmentId() == null) {
                throw e;
            }
            throw new ConflictException(
                    ProblemType.APPOINTMENT_CHECKED_IN,
                    "This appointment was checked in already; its repair order is open.",
                    Map.of("appointmentId", order.visit().appointmentId().toString()));
        }
    }

    private void insertRow(RepairOrder order) {
        jdbc.sql("""
                        INSERT INTO repair_order (tenant_id, id, number, location_id, customer_id, vehicle_id,
                               customer_name, vehicle_label, appointment_id, service_advisor_id, technician_ids,
                               odometer_in, odometer_out, promised_at, concerns, internal_notes, status, status_reason,
                               currency, labor_tax_rate, parts_tax_rate, fees_tax_rate, total, job_count,
                               jobs_done, all_technician_ids, created_at, updated_at, version)
                        VALUES (:tenant, :id, :number, :location, :customer, :vehicle, :customerName, :vehicleLabel,
                                :appointment, :advisor, :technicians, :odometerIn, :odometerOut, :promisedAt,
                                :concerns, :notes, :status, :reason, :currency, :laborTax, :partsTax, :feesTax, :total,
                                :jobCount, :jobsDone, :allTechnicians, :createdAt, :updatedAt, 0)""").params(parameters(order)).update();
    }

    /** The orders at a location that still change (see {@link RepairOrder.Status#acceptsChanges}). */
    List<RepairOrderId> changeableAt(TenantId tenant, UUID location) {
        String[] statuses = Arrays.stream(RepairOrder.Status.values())
                .filter(RepairOrder.Status::acceptsChanges)
                .map(Enum::name)
                .toArray(String[]::new);
        return jdbc.sql("""
                        SELECT id FROM repair_order
                        WHERE tenant_id = :tenant AND location_id = :location AND status = ANY (CAST(:statuses AS text[]))
                        ORDER BY number""")
                .param("tenant", tenant.value())
                .param("location", location)
                .param("statuses", statuses)
                .query((row, index) -> new RepairOrderId(row.getObject("id", UUID.class)))
                .list();
    }

    /** Writes the order at the next version if nobody else did since it was read; false when stale. */
    boolean update(RepairOrder order) {
        return jdbc.sql("""
                                UPDATE repair_order SET service_advisor_id = :advisor, technician_ids = :technicians,
                                       odometer_in = :odometerIn, odometer_out = :odometerOut,
                                       promised_at = :promisedAt, concerns = :concerns, internal_notes = :notes,
                                       status = :status, status_reason = :reason, total = :total,
                                       labor_tax_rate = :laborTax, parts_tax_rate = :partsTax,
                                       fees_tax_rate = :feesTax,
                                       job_count = :jobCount, jobs_done = :jobsDone,
                                       all_technician_ids = :allTechnicians, updated_at = :updatedAt,
                                       version = version + 1
                                WHERE tenant_id = :tenant AND id = :id AND version = :version""")
                        .params(parameters(order))
                        .param("version", order.version())
                        .update()
                == 1;
    }

    /** The parts of an order's row the aggregate is restored from. */
    record Stored(
            RepairOrder.Header header,
            OrderDetails details,
            RepairOrder.Status status,
            String reason,
            Instant updatedAt,
            int version) {}

    private static Stored stored(TenantId tenant, ResultSet row) throws SQLException {
        UUID appointment = row.getObject("appointment_id", UUID.class);
        RepairOrder.Header header = new RepairOrder.Header(
                tenant,
                new RepairOrderId(row.getObject("id", UUID.class)),
                row.getLong("number"),
                new Visit(
                        row.getObject("location_id", UUID.class),
                        row.getObject("customer_id", UUID.class),
                        row.getObject("vehicle_id", UUID.class),
                        row.getString("customer_name"),
                        row.getString("vehicle_label"),
                        appointment),
                new Pricing(
                        Currency.getInstance(row.getString("currency").strip()),
                        row.getBigDecimal("labor_tax_rate"),
                        row.getBigDecimal("parts_tax_rate"),
                        row.getBigDecimal("fees_tax_rate")),
                instant(row.getTimestamp("created_at")));
        OrderDetails details = new OrderDetails(
                row.getObject("service_advisor_id", UUID.class),
                List.of(uuids(row.getArray("technician_ids"))),
                (Integer) row.getObject("odometer_in"),
                (Integer) row.getObject("odometer_out"),
                instant(row.getTimestamp("promised_at")),
                List.of((String[]) row.getArray("concerns").getArray()),
                row.getString("internal_notes"));
        return new Stored(
                header,
                details,
                RepairOrder.Status.valueOf(row.getString("status")),
                row.getString("status_reason"),
                instant(row.getTimestamp("updated_at")),
                row.getInt("version"));
    }

    private static Map<String, Object> parameters(RepairOrder order) {
        Map<String, Object> values = new HashMap<>();
        Visit visit = order.visit();
        OrderDetails details = order.details();
        values.put("tenant", order.tenantId().value());
        values.put("id", order.id().value());
        values.put("number", order.number());
        values.put("location", visit.locationId());
        values.put("customer", visit.customerId());
        values.put("vehicle", visit.vehicleId());
        values.put("customerName", visit.customerName());
        values.put("vehicleLabel", visit.vehicleLabel());
        values.put("appointment", visit.appointmentId());
        values.put("advisor", details.serviceAdvisorId());
        values.put("technicians", details.technicianIds().toArray(UUID[]::new));
        values.put("odometerIn", details.odometerIn());
        values.put("odometerOut", details.odometerOut());
        values.put("promisedAt", details.promisedAt() == null ? null : Timestamp.from(details.promisedAt()));
        values.put("concerns", details.concerns().toArray(String[]::new));
        values.put("notes", details.internalNotes());
        values.put("status", order.status().name());
        values.put("reason", order.statusReason());
        values.put("currency", order.pricing().currency().getCurrencyCode());
        values.put("laborTax", order.pricing().laborTaxRate());
        values.put("partsTax", order.pricing().partsTaxRate());
        values.put("feesTax", order.pricing().feesTaxRate());
        values.put("total", order.totals().total().amount());
        values.put("jobCount", order.work().size());
        values.put("jobsDone", (int) order.work().stream().filter(Job::done).count());
        values.put("allTechnicians", order.technicians().toArray(UUID[]::new));
        values.put("createdAt", Timestamp.from(order.createdAt()));
        values.put("updatedAt", Timestamp.from(order.updatedAt()));
        return values;
    }

    static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    static UUID[] uuids(Array array) throws SQLException {
        return array == null
                ? new UUID[0]
                : Arrays.stream((Object[]) array.getArray())
                        .map(UUID.class::cast)
                        .toArray(UUID[]::new);
    }
}
