package app.pitwall.repairorders.internal;

import app.pitwall.access.Scope;
import app.pitwall.platform.ConflictException;
import app.pitwall.platform.web.ProblemType;
import app.pitwall.repairorders.RepairOrder;
import app.pitwall.repairorders.RepairOrderEvents;
import app.pitwall.repairorders.RepairOrderId;
import app.pitwall.repairorders.Stamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Repository;

/**
 * Repair orders as whole aggregates: read with their jobs, lines and decisions; written back at the next version
 * only if nobody else wrote in between, with a status-history row per status change, and then the events the order
 * registered are published in the same transaction.
 */
@Repository
class RepairOrderStore {

    private final RepairOrderRows orders;
    private final JobRows jobs;
    private final StatusHistoryRows history;
    private final ApplicationEventPublisher events;

    RepairOrderStore(
            RepairOrderRows orders, JobRows jobs, StatusHistoryRows history, ApplicationEventPublisher events) {
        this.orders = orders;
        this.jobs = jobs;
        this.history = history;
        this.events = events;
    }

    /** The order if the scope may see it; {@code forUpdate} locks it until the transaction ends. */
    Optional<RepairOrder> find(Scope scope, RepairOrderId id, boolean forUpdate) {
        return orders.find(scope, id, forUpdate)
                .map(stored -> RepairOrder.restore(
                        stored.header(),
                        stored.details(),
                        stored.status(),
                        stored.reason(),
                        jobs.jobsOf(scope.tenant(), id, stored.header().pricing()),
                        stored.updatedAt(),
                        stored.version()));
    }

    void insert(RepairOrder order, Stamp stamp) {
        orders.insert(order);
        jobs.write(order);
        history.add(order.tenantId(), order.id(), null, order.status(), null, stamp);
        publish(order, stamp);
    }

    /** Saves the order at its next version; a stale order is refused and nothing is written. */
    void save(RepairOrder order, Stamp stamp) {
        if (!orders.update(order)) {
            throw stale(order);
        }
        order.saved(order.version() + 1);
        jobs.write(order);
        publish(order, stamp);
    }

    private void publish(RepairOrder order, Stamp stamp) {
        List<RepairOrderEvents.RepairOrderEvent> registered = order.drainEvents();
        for (RepairOrderEvents.RepairOrderEvent event : registered) {
            if (event instanceof RepairOrderEvents.RepairOrderMoved change) {
                history.add(order.tenantId(), order.id(), change.from(), change.to(), change.reason(), stamp);
            }
        }
        registered.forEach(events::publishEvent);
    }

    static ConflictException stale(RepairOrder order) {
        return stale(order.number(), order.version());
    }

    static ConflictException stale(long number, int current) {
        return new ConflictException(
                ProblemType.STALE_VERSION,
                "Someone else changed repair order " + number + " (now at version " + current
                        + "); reload it and apply your change again.",
                Map.of("currentVersion", current));
    }
}
