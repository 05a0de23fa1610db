package app.pitwall.frontdesk.internal;

import app.pitwall.access.Actor;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** When a user last marked a location's answered estimates as seen; each user's own row, within their tenant. */
@Repository
class LastLooks {

    private final JdbcClient jdbc;

    LastLooks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Instant> of(Actor actor, UUID location) {
        return jdbc.sql("""
                        SELECT looked_at FROM front_desk_look
                        WHERE tenant_id = ? AND user_id = ? AND location_id = ?""")
                .params(actor.tenantId().value(), actor.userId(), location)
                .query((row, index) -> row.getTimestamp("looked_at").toInstant())
                .optional();
    }

    /** Moves the mark to {@code at}; never backwards. */
    void record(Actor actor, UUID location, Instant at) {
        jdbc.sql("""
                        INSERT INTO front_desk_look (tenant_id, user_id, location_id, looked_at) VALUES (?, ?, ?, ?)
                        ON CONFLICT (tenant_id, user_id, location_id)
                        DO UPDATE SET looked_at = greatest(front_desk_look.looked_at, EXCLUDED.looked_at)""")
                .params(actor.tenantId().value(), actor.userId(), location, Timestamp.from(at))
                .update();
    }
}
