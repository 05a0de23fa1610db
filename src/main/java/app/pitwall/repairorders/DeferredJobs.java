package app.pitwall.repairorders;

import app.pitwall.access.Actor;
import app.pitwall.platform.Page;
import java.util.UUID;

/** Declined work kept on vehicles, for the next visit. */
public interface DeferredJobs {

    /**
     * The vehicle's deferred work, latest first; a vehicle the actor may not see is "not found".
     *
     * @param includeResolved whether work approved later is listed too
     */
    Page<DeferredJob> forVehicle(Actor actor, UUID vehicleId, boolean includeResolved, int limit, String cursor);
}
