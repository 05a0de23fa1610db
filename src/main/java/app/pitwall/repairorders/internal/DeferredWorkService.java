package app.pitwall.repairorders.internal;

import app.pitwall.access.Actor;
import app.pitwall.access.Scope;
import app.pitwall.customers.Customers;
import app.pitwall.customers.VehicleId;
import app.pitwall.platform.Cursor;
import app.pitwall.platform.NotFoundException;
import app.pitwall.platform.Page;
import app.pitwall.repairorders.DeferredJob;
import app.pitwall.repairorders.DeferredJobs;
import app.pitwall.repairorders.Job;
import app.pitwall.repairorders.JobApproval;
import app.pitwall.repairorders.RepairOrder;
import app.pitwall.repairorders.Stamp;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records customers' decisions on an order and keeps the vehicle's deferred work in step: a declined job becomes
 * deferred work, and a job approved after all stops being deferred. Lists a vehicle's deferred work.
 */
@Service
@Transactional
class DeferredWorkService implements DeferredJobs {

    private final DeferredWorkRows rows;
    private final Customers customers;

    DeferredWorkService(DeferredWorkRows rows, Customers customers) {
        this.rows = rows;
        this.customers = customers;
    }

    /** Lets the order record the decisions, then brings the deferred work up to date. */
    void decide(
            RepairOrder order,
            List<RepairOrder.JobDecision> decisions,
            app.pitwall.repairorders.Consent consent,
            Stamp stamp) {
        order.approve(decisions, consent, stamp);
        for (RepairOrder.JobDecision decision : decisions) {
            Job job = order.job(decision.jobId()).orElseThrow();
            JobApproval recorded = job.approval().orElseThrow();
            if (recorded.decision() == JobApproval.Decision.DECLINED) {
                rows.keep(order, job, recorded);
            } else {
                rows.resolve(order.tenantId(), job.id(), "APPROVED_LATER", stamp.at());
            }
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Page<DeferredJob> forVehicle(
            Actor actor, UUID vehicleId, boolean includeResolved, int limit, String cursor) {
        customers.findVehicle(actor, new VehicleId(vehicleId)).orElseThrow(() -> new NotFoundException("Vehicle"));
        List<DeferredJob> found =
                rows.forVehicle(Scope.of(actor), vehicleId, includeResolved, limit + 1, Cursor.decode(cursor));
        return Cursor.page(found, limit, last -> new Cursor(last.declinedAt().toString(), last.id()));
    }
}
