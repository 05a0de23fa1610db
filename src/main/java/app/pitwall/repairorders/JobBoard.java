package app.pitwall.repairorders;

import app.pitwall.access.Actor;
import java.util.UUID;

/** The job board: one query for a location's open orders, grouped by status, filtered by advisor or technician. */
public interface JobBoard {

    /**
     * @param serviceAdvisorId only orders of this advisor, if given
     * @param technicianId only orders this technician is assigned to (or has a job on), if given
     */
    Board board(Actor actor, UUID locationId, UUID serviceAdvisorId, UUID technicianId);
}
