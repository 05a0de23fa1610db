package app.pitwall.appointments.internal;

import app.pitwall.access.Scope;
import app.pitwall.appointments.Appointment;
import app.pitwall.appointments.AppointmentId;
import app.pitwall.appointments.Booking;
import app.pitwall.platform.Cursor;
import app.pitwall.platform.TenantId;
import app.pitwall.repairorders.RepairOrderId;
import app.pitwall.shopsetup.BayId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Appointments in PostgreSQL, scoped by tenant and the actor's locations, and the double bookings among them. */
@Repository
class AppointmentRows {

    private final JdbcClient jdbc;

    AppointmentRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Appointment> list(Scope scope, UUID location, Instant from, Instant to, int limit, Cursor after) {
        return jdbc.sql("""
                        SELECT * FROM appointment
                        WHERE tenant_id = :tenant AND location_id = :location
                          AND (CAST(:locations AS uuid[]) IS NULL OR location_id = ANY (CAST(:locations AS uuid[])))
                          AND starts_at >= :from AND starts_at < :to
                          AND (CAST(:afterKey AS timestamptz) IS NULL
                               OR (starts_at, id) > (CAST(:afterKey AS timestamptz), CAST(:afterId AS uuid)))
                        ORDER BY starts_at, id
                        LIMIT :limit""")
                .param("tenant", scope.tenant().value())
                .param("location", location)
                .param("locations", scope.locations())
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .param("afterKey", after == null ? null : after.key())
                .param("afterId", after == null ? null : after.id())
                .param("limit", limit)
                .query(AppointmentRows::appointment)
                .list();
    }

    Optional<Appointment> find(Scope scope, AppointmentId id, boolean forUpdate) {
        return jdbc.sql("""
                        SELECT * FROM appointment
                        WHERE tenant_id = :tenant AND id = :id
                          AND (CAST(:locations AS uuid[]) IS NULL OR location_id = ANY (CAST(:locations AS uuid[])))
                        """ + (forUpdate ? " FOR UPDATE" : ""))
                .param("tenant", scope.tenant().value())
                .param("id", id.value())
                .param("locations", scope.locations())
                .query(AppointmentRows::appointment)
                .optional();
    }

    /** Live appointments overlapping each given one in its bay or with its technician. */
    Map<AppointmentId, List<Booking.DoubleBooking>> clashes(TenantId tenant, List<AppointmentId> ids) {
        Map<AppointmentId, List<Booking.DoubleBooking>> clashes = new HashMap<>();
        if (ids.isEmpty()) {
            return clashes;
        }
        jdbc.sql("""
                        SELECT a.id, a.bay_id, a.technician_id, o.id AS other_id, o.starts_at, o.ends_at,
                               (a.bay_id IS NOT NULL AND o.bay_id = a.bay_id) AS same_bay,
                               (a.technician_id IS NOT NULL AND o.technician_id = a.technician_id) AS same_technician
                        FROM appointment a
                        JOIN appointment o ON o.tenant_id = a.tenant_id AND o.id <> a.id AND o.status <> 'CANCELLED'
                             AND o.starts_at < a.ends_at AND o.ends_at > a.starts_at
                             AND (o.bay_id = a.bay_id OR o.technician_id = a.technician_id)
                        WHERE a.tenant_id = ? AND a.id = ANY (?) AND a.status <> 'CANCELLED'
                        ORDER BY o.starts_at, o.id""")
                .params(tenant.value(), ids.stream().map(AppointmentId::value).toArray(UUID[]::new))
                .query(row -> {
                    AppointmentId id = new AppointmentId(row.getObject("id", UUID.class));
                    AppointmentId other = new AppointmentId(row.getObject("other_id", UUID.class));
                    Instant starts = row.getTimestamp("starts_at").toInstant();
                    Instant ends = row.getTimestamp("ends_at").toInstant();
                    List<Booking.DoubleBooking> found = clashes.computeIfAbsent(id, k -> new ArrayList<>());
                    if (row.getBoolean("same_bay")) {
                        found.add(new Booking.DoubleBooking(
                                Booking.Resource.BAY, row.getObject("bay_id", UUID.class), other, starts, ends));
                    }
                    if (row.getBoolean("same_technician")) {
                        found.add(new Booking.DoubleBooking(
                                Booking.Resource.TECHNICIAN,
                                row.getObject("technician_id", UUID.class),
                                other,
                                starts,
                                ends));
                    }
                });
        return clashes;
    }

    void insert(TenantId tenant, Appointment appointment) {
        jdbc.sql("""
                        INSERT INTO appointment (tenant_id, id, location_id, bay_id, technician_id, customer_id,
                                                 vehicle_id, customer_name, vehicle_label, starts_at, ends_at,
                                                 requested_services, notes, status, cancel_reason, repair_order_id,
                                                 created_at, updated_at, version)
                        VALUES (:tenant, :id, :location, :bay, :technician, :customer, :vehicle, :customerName,
                                :vehicleLabel, :startsAt, :endsAt, :services, :notes, :status, :reason, :order,
                                :createdAt, :updatedAt, :version)""").params(parameters(tenant, appointment)).update();
    }

    void update(TenantId tenant, Appointment appointment) {
        jdbc.sql("""
                        UPDATE appointment SET bay_id = :bay, technician_id = :technician, customer_id = :customer,
                               vehicle_id = :vehicle, customer_name = :customerName, vehicle_label = :vehicleLabel,
                               starts_at = :startsAt, ends_at = :endsAt, requested_services = :services,
                               notes = :notes, status = :status, cancel_reason = :reason, repair_order_id = :order,
                               updated_at = :updatedAt, version = :version
                        WHERE tenant_id = :tenant AND id = :id""").params(parameters(tenant, appointment)).update();
    }

    private static Map<String, Object> parameters(TenantId tenant, Appointment appointment) {
        Map<String, Object> values = new HashMap<>();
        values.put("tenant", tenant.value());
        values.put("id", appointment.id().value());
        values.put("location", appointment.locationId());
        values.put(
                "bay", appointment.bayId() == null ? null : appointment.bayId().value());
        values.put("technician", appointment.technicianId());
        values.put("customer", appointment.customerId());
        values.put("vehicle", appointment.vehicleId());
        values.put("customerName", appointment.customerName());
        values.put("vehicleLabel", appointment.vehicleLabel());
        values.put("startsAt", Timestamp.from(appointment.startsAt()));
        values.put("endsAt", Timestamp.from(appointment.endsAt()));
        values.put("services", appointment.requestedServices().toArray(String[]::new));
        values.put("notes", appointment.notes());
        values.put("status", appointment.status().name());
        values.put("reason", appointment.cancelReason());
        values.put(
                "order",
                appointment.repairOrderId() == null
                        ? null
                        : appointment.repairOrderId().value());
        values.put("createdAt", Timestamp.from(appointment.createdAt()));
        values.put("updatedAt", Timestamp.from(appointment.updatedAt()));
        values.put("version", appointment.version());
        return values;
    }

    private static Appointment appointment(ResultSet row, int index) throws SQLException {
        UUID bay = row.getObject("bay_id", UUID.class);
        UUID order = row.getObject("repair_order_id", UUID.class);
        return new Appointment(
                new AppointmentId(row.getObject("id", UUID.class)),
                row.getObject("location_id", UUID.class),
                bay == null ? null : new BayId(bay),
                row.getObject("technician_id", UUID.class),
                row.getObject("customer_id", UUID.class),
                row.getObject("vehicle_id", UUID.class),
                row.getString("customer_name"),
                row.getString("vehicle_label"),
                row.getTimestamp("starts_at").toInstant(),
                row.getTimestamp("ends_at").toInstant(),
                List.of((String[]) row.getArray("requested_services").getArray()),
                row.getString("notes"),
                Appointment.Status.valueOf(row.getString("status")),
                row.getString("cancel_reason"),
                order == null ? null : new RepairOrderId(order),
                row.getTimestamp("created_at").toInstant(),
                row.getTimestamp("updated_at").toInstant(),
                row.getInt("version"));
    }
}
