package app.pitwall.customers.internal;

import app.pitwall.customers.CustomerId;
import app.pitwall.customers.Vehicle;
import app.pitwall.customers.VehicleId;
import app.pitwall.platform.TenantId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Vehicle rows and their odometer readings, scoped like {@link CustomerRows}. */
@Repository
class VehicleRows {

    private static final String COLUMNS = """
            v.id, v.customer_id, v.location_id, v.vin, v.plate, v.plate_region, v.year, v.make, v.model, v.trim,
            v.engine, v.colour, v.created_at, v.updated_at, v.version""";

    private final JdbcClient jdbc;
    private final ContainsOperator contains;

    VehicleRows(JdbcClient jdbc, ContainsOperator contains) {
        this.jdbc = jdbc;
        this.contains = contains;
    }

    List<Vehicle> search(CustomerRows.Scope scope, String query, CustomerId owner, int limit, Cursor after) {
        String pattern =
                query == null || query.isBlank() ? null : "%" + ContainsOperator.escapeLike(normalize(query)) + "%";
        List<Vehicle> vehicles = jdbc.sql("SELECT " + COLUMNS + """
                         FROM vehicle v
                        WHERE v.tenant_id = :tenant
                          AND (CAST(:locations AS uuid[]) IS NULL OR v.location_id = ANY (CAST(:locations AS uuid[])))
                          AND (CAST(:owner AS uuid) IS NULL OR v.customer_id = CAST(:owner AS uuid))
                        """
                        + (pattern == null ? "" : "  AND v.search_text " + contains.operator() + " :pattern\n") + """
                          AND (CAST(:afterKey AS text) IS NULL
                               OR (v.created_at, v.id) > (CAST(:afterKey AS timestamptz), CAST(:afterId AS uuid)))
                        ORDER BY v.created_at, v.id
                        LIMIT :limit""")
                .param("tenant", scope.tenant().value())
                .param("locations", scope.locations())
                .param("owner", owner == null ? null : owner.value())
                .param("pattern", pattern)
                .param("afterKey", after == null ? null : after.key())
                .param("afterId", after == null ? null : after.id())
                .param("limit", limit)
                .query(VehicleRows::vehicle)
                .list();
        return withReadings(scope.tenant(), vehicles);
    }

    Optional<Vehicle> find(CustomerRows.Scope scope, VehicleId id, boolean forUpdate) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM vehicle v
                        WHERE v.tenant_id = :tenant AND v.id = :id
                          AND (CAST(:locations AS uuid[]) IS NULL OR v.location_id = ANY (CAST(:locations AS uuid[])))
                        """ + (forUpdate ? " FOR UPDATE" : ""))
                .param("tenant", scope.tenant().value())
                .param("id", id.value())
                .param("locations", scope.locations())
                .query(VehicleRows::vehicle)
                .optional()
                .map(vehicle -> withReadings(scope.tenant(), List.of(vehicle)).get(0));
    }

    int countFor(TenantId tenant, CustomerId customer) {
        return jdbc.sql("SELECT count(*) FROM vehicle WHERE tenant_id = ? AND customer_id = ?")
                .params(tenant.value(), customer.value())
                .query(Integer.class)
                .single();
    }

    void insert(TenantId tenant, Vehicle vehicle) {
        jdbc.sql("""
                        INSERT INTO vehicle (tenant_id, id, customer_id, location_id, vin, plate, plate_region, year,
                                             make, model, trim, engine, colour, search_text, created_at, updated_at,
                                             version)
                        VALUES (:tenant, :id, :customer, :location, :vin, :plate, :plateRegion, :year, :make, :model,
                                :trim, :engine, :colour, :searchText, :createdAt, :updatedAt, :version)""").params(parameters(tenant, vehicle)).update();
    }

    boolean update(TenantId tenant, Vehicle vehicle) {
        return jdbc.sql("""
                        UPDATE vehicle SET customer_id = :customer, location_id = :location, vin = :vin,
                               plate = :plate, plate_region = :plateRegion, year = :year, make = :make,
                               model = :model, trim = :trim, engine = :engine, colour = :colour,
                               search_text = :searchText, updated_at = :updatedAt, version = :version
                        WHERE tenant_id = :tenant AND id = :id AND version = :version - 1""").params(parameters(tenant, vehicle)).update() == 1;
    }

    void addReading(TenantId tenant, VehicleId vehicle, Vehicle.OdometerReading reading, java.time.Instant now) {
        jdbc.sql("""
                        INSERT INTO odometer_reading (tenant_id, id, vehicle_id, value, unit, read_on, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        tenant.value(),
                        UUID.randomUUID(),
                        vehicle.value(),
                        reading.value(),
                        reading.unit().name(),
                        reading.readOn(),
                        Timestamp.from(now))
                .update();
    }

    boolean delete(TenantId tenant, VehicleId id) {
        return jdbc.sql("DELETE FROM vehicle WHERE tenant_id = ? AND id = ?")
                        .params(tenant.value(), id.value())
                        .update()
                == 1;
    }

    /** What vehicle search matches: VIN and plate, lower case without spaces or dashes. */
    static String searchText(Vehicle vehicle) {
        return String.join(
                        " ",
                        normalize(vehicle.vin() == null ? "" : vehicle.vin()),
                        normalize(vehicle.plate() == null ? "" : vehicle.plate()))
                .strip();
    }

    static String normalize(String text) {
        return text.toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s-]", "");
    }

    private List<Vehicle> withReadings(TenantId tenant, List<Vehicle> vehicles) {
        if (vehicles.isEmpty()) {
            return vehicles;
        }
        Map<UUID, List<Vehicle.OdometerReading>> readings = new HashMap<>();
        jdbc.sql("""
                        SELECT vehicle_id, value, unit, read_on FROM odometer_reading
                        WHERE tenant_id = ? AND vehicle_id = ANY (?)
                        ORDER BY read_on DESC, created_at DESC""")
                .params(
                        tenant.value(),
                        vehicles.stream().map(v -> v.id().value()).toArray(UUID[]::new))
                .query(row -> {
                    readings.computeIfAbsent(row.getObject("vehicle_id", UUID.class), k -> new java.util.ArrayList<>())
                            .add(new Vehicle.OdometerReading(
                                    row.getInt("value"),
                                    Vehicle.Unit.valueOf(row.getString("unit")),
                                    row.getObject("read_on", java.time.LocalDate.class)));
                });
        return vehicles.stream()
                .map(v -> new Vehicle(
                        v.id(),
                        v.customerId(),
                        v.locationId(),
                        v.vin(),
                        v.plate(),
                        v.plateRegion(),
                        v.year(),
                        v.make(),
                        v.model(),
                        v.trim(),
                        v.engine(),
                        v.colour(),
                        List.copyOf(readings.getOrDefault(v.id().value(), List.of())),
                        v.createdAt(),
                        v.updatedAt(),
                        v.version()))
                .toList();
    }

    private static Map<String, Object> parameters(TenantId tenant, Vehicle vehicle) {
        Map<String, Object> values = new HashMap<>();
        values.put("tenant", tenant.value());
        values.put("id", vehicle.id().value());
        values.put("customer", vehicle.customerId().value());
        values.put("location", vehicle.locationId());
        values.put("vin", vehicle.vin());
        values.put("plate", vehicle.plate());
        values.put("plateRegion", vehicle.plateRegion());
        values.put("year", vehicle.year());
        values.put("make", vehicle.make());
        values.put("model", vehicle.model());
        values.put("trim", vehicle.trim());
        values.put("engine", vehicle.engine());
        values.put("colour", vehicle.colour());
        values.put("searchText", searchText(vehicle));
        values.put("createdAt", Timestamp.from(vehicle.createdAt()));
        values.put("updatedAt", Timestamp.from(vehicle.updatedAt()));
        values.put("version", vehicle.version());
        return values;
    }

    private static Vehicle vehicle(ResultSet row, int index) throws SQLException {
        return new Vehicle(
                new VehicleId(row.getObject("id", UUID.class)),
                new CustomerId(row.getObject("customer_id", UUID.class)),
                row.getObject("location_id", UUID.class),
                row.getString("vin"),
                row.getString("plate"),
                row.getString("plate_region"),
                (Integer) row.getObject("year"),
                row.getString("make"),
                row.getString("model"),
                row.getString("trim"),
                row.getString("engine"),
                row.getString("colour"),
                List.of(),
                row.getTimestamp("created_at").toInstant(),
                row.getTimestamp("updated_at").toInstant(),
                row.getInt("version"));
    }
}
