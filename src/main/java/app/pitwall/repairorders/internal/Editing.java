package app.pitwall.repairorders.internal;

import app.pitwall.access.Actor;
import app.pitwall.access.Scope;
import app.pitwall.platform.ForbiddenException;
import app.pitwall.platform.NotFoundException;
import app.pitwall.repairorders.Job;
import app.pitwall.repairorders.RepairOrder;
import app.pitwall.repairorders.RepairOrderId;
import app.pitwall.repairorders.Stamp;
import app.pitwall.repairorders.WorkOrderPermissions;
import app.pitwall.tenancy.ActorLocations;
import app.pitwall.tenancy.Location;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * The one way a repair order is changed: read it locked within the actor's scope (404 otherwise), refuse a stale
 * expected version (409), apply the change with a stamp of who and when, and save it with its events if anything
 * happened. Runs inside the caller's transaction.
 */
@Component
class Editing {

    /** A change to an order, made by the stamped actor. */
    interface Change {
        void apply(RepairOrder order, Stamp stamp);
    }

    private final RepairOrderStore store;
    private final ActorLocations locations;
    private final Clock clock;

    Editing(RepairOrderStore store, ActorLocations locations, Clock clock) {
        this.store = store;
        this.locations = locations;
        this.clock = clock;
    }

    RepairOrder edit(Actor actor, RepairOrderId id, Integer expectedVersion, Change change) {
        RepairOrder order =
                store.find(Scope.of(actor), id, true).orElseThrow(() -> new NotFoundException("Repair order"));
        if (expectedVersion != null && expectedVersion != order.version()) {
            throw RepairOrderStore.stale(order.number(), order.version());
        }
        Stamp stamp = Stamp.of(actor, clock.instant());
        change.apply(order, stamp);
        if (order.hasNews()) {
            store.save(order, stamp);
        }
        return order;
    }

    Location location(RepairOrder order) {
        return locations.of(order.tenantId(), order.visit().locationId());
    }

    void requireOwnJob(Actor actor, RepairOrder order, Job job) {
        if (!WorkOrderPermissions.mayWorkOn(actor, order, job)) {
            throw new ForbiddenException("Job '" + job.title() + "' is not assigned to you.");
        }
    }
}
