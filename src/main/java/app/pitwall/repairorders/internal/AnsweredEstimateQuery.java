package app.pitwall.repairorders.internal;

import app.pitwall.access.Actor;
import app.pitwall.access.Scope;
import app.pitwall.repairorders.AnsweredEstimates;
import app.pitwall.repairorders.RepairOrderId;
import app.pitwall.tenancy.ActorLocations;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the decisions recorded at a location since a moment, one row per order, in one query. */
@Service
@Transactional(readOnly = true)
class AnsweredEstimateQuery implements AnsweredEstimates {

    private final JdbcClient jdbc;
    private final ActorLocations locations;

    AnsweredEstimateQuery(JdbcClient jdbc, ActorLocations locations) {
        this.jdbc = jdbc;
        this.locations = locations;
    }

    @Override
    public List<AnsweredEstimate> since(Actor actor, UUID locationId, Instant since, int limit) {
        UUID location = locations.visible(actor, locationId).id().value();
        Scope scope = Scope.of(actor);
        return jdbc.sql("""
                        SELECT o.id, o.number, o.customer_name, o.vehicle_label,
                               count(*) FILTER (WHERE a.decision = 'APPROVED') AS approved,
                               count(*) FILTER (WHERE a.decision = 'DECLINED') AS declined,
                               bool_or(a.method = 'LINK') AS through_link,
                               max(a.recorded_at) AS answered_at
                        FROM job_approval a
                        JOIN repair_order o ON o.tenant_id = a.tenant_id AND o.id = a.repair_order_id
                        WHERE a.tenant_id = :tenant AND a.recorded_at > :since AND o.location_id = :location
                          AND (CAST(:locations AS uuid[]) IS NULL OR o.location_id = ANY (CAST(:locations AS uuid[])))
                        GROUP BY o.id, o.number, o.customer_name, o.vehicle_label
                        ORDER BY answered_at DESC, o.number DESC
                        LIMIT :limit""")
                .param("tenant", scope.tenant().value())
                .param("since", Timestamp.from(since))
                .param("location", location)
                .param("locations", scope.locations())
                .param("limit", limit)
                .query((row, index) -> new AnsweredEstimate(
                        new RepairOrderId(row.getObject("id", UUID.class)),
                        row.getLong("number"),
                        row.getString("customer_name"),
                        row.getString("vehicle_label"),
                        row.getInt("approved"),
                        row.getInt("declined"),
                        row.getBoolean("through_link"),
                        row.getTimestamp("answered_at").toInstant()))
                .list();
    }
}
