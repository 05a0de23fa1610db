package app.pitwall.repairorders.internal;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.access.Scope;
import app.pitwall.identity.Staffing;
import app.pitwall.platform.Cursor;
import app.pitwall.platform.ForbiddenException;
import app.pitwall.platform.NotFoundException;
import app.pitwall.platform.Page;
import app.pitwall.repairorders.Job;
import app.pitwall.repairorders.JobId;
import app.pitwall.repairorders.Line;
import app.pitwall.repairorders.LineDraft;
import app.pitwall.repairorders.LineId;
import app.pitwall.repairorders.NewJob;
import app.pitwall.repairorders.NewRepairOrder;
import app.pitwall.repairorders.OrderDetails;
import app.pitwall.repairorders.RepairOrder;
import app.pitwall.repairorders.RepairOrderId;
import app.pitwall.repairorders.RepairOrderQuery;
import app.pitwall.repairorders.RepairOrderSummary;
import app.pitwall.repairorders.RepairOrders;
import app.pitwall.repairorders.StatusChange;
import app.pitwall.repairorders.WorkOrderPermissions;
import app.pitwall.tenancy.Location;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Repair orders for one actor. Each change reads the order locked, checks the expected version and the actor's
 * rights ({@link WorkOrderPermissions}), lets the aggregate apply it, and saves it with its events.
 */
@Service
@Transactional
class RepairOrderService implements RepairOrders {

    private final RepairOrderStore store;
    private final RepairOrderRows rows;
    private final RepairOrderSummaryRows summaries;
    private final StatusHistoryRows history;
    private final Openings openings;
    private final LineDrafting drafting;
    private final Staffing staffing;
    private final DiscountCap discounts;
    private final Editing editing;
    private final OrderOdometers odometers;

    RepairOrderService(
            RepairOrderStore store,
            RepairOrderRows rows,
            RepairOrderSummaryRows summaries,
            StatusHistoryRows history,
            Openings openings,
            LineDrafting drafting,
            Staffing staffing,
            DiscountCap discounts,
            Editing editing,
            OrderOdometers odometers) {
        this.store = store;
        this.rows = rows;
        this.summaries = summaries;
        this.history = history;
        this.openings = openings;
        this.drafting = drafting;
        this.staffing = staffing;
        this.discounts = discounts;
        this.editing = editing;
        this.odometers = odometers;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<RepairOrderSummary> list(Actor actor, RepairOrderQuery query, int limit, String cursor) {
        Cursor after = Cursor.decode(cursor);
        List<RepairOrderSummary> found =
                summaries.list(Scope.of(actor), query, limit + 1, after == null ? null : after.number());
        return Cursor.page(
                found,
                limit,
                last -> new Cursor(Long.toString(last.number()), last.id().value()));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<RepairOrder> find(Actor actor, RepairOrderId id) {
        return store.find(Scope.of(actor), id, false);
    }

    @Override
    @Transactional(readOnly = true)
    public List<StatusChange> history(Actor actor, RepairOrderId id) {
        rows.find(Scope.of(actor), id, false).orElseThrow(() -> new NotFoundException("Repair order"));
        return history.of(actor.tenantId(), id);
    }

    @Override
    public RepairOrder open(Actor actor, NewRepairOrder order) {
        return openings.open(actor, order);
    }

    @Override
    public RepairOrder change(
            Actor actor,
            RepairOrderId id,
            OrderDetails changes,
            java.util.Set<OrderDetails.Clearable> cleared,
            boolean confirmLowerOdometer,
            Integer expectedVersion) {
        return editing.edit(actor, id, expectedVersion, (order, stamp) -> {
            Location location = editing.location(order);
            OrderDetails before = order.details();
            staffing.checkAdvisor(
                    actor.tenantId(), location.id().value(), changes.serviceAdvisorId(), "serviceAdvisorId");
            if (changes.technicianIds() != null) {
                staffing.checkTechnicians(
                        actor.tenantId(), location.id().value(), changes.technicianIds(), "technicianIds");
            }
            order.change(changes, cleared, stamp);
            odometers.record(actor, order, before, location.timeZone(), confirmLowerOdometer);
        });
    }

    @Override
    public RepairOrder addJob(Actor actor, RepairOrderId id, NewJob job, Integer expectedVersion) {
        return editing.edit(actor, id, expectedVersion, (order, stamp) -> openings.addJob(actor, order, job, stamp));
    }

    @Override
    public RepairOrder changeJob(
            Actor actor,
            RepairOrderId id,
            JobId jobId,
            Job.JobDetails changes,
            boolean clearTechnician,
            Integer expectedVersion) {
        return editing.edit(actor, id, expectedVersion, (order, stamp) -> {
            Job job = order.job(jobId).orElseThrow(() -> new NotFoundException("Job"));
            if (!actor.can(Permission.REPAIR_ORDERS_WRITE)) {
                if (changes.title() != null || changes.technicianId() != null || clearTechnician) {
                    throw new ForbiddenException(
                            "Technicians write the three Cs and notes of their jobs; the title and the technician are"
                                    + " the service advisor's.");
                }
                editing.requireOwnJob(actor, order, job);
            }
            if (changes.technicianId() != null) {
                staffing.checkTechnicians(
                        actor.tenantId(), order.visit().locationId(), List.of(changes.technicianId()), "technicianId");
            }
            order.describeJob(jobId, changes, clearTechnician, stamp);
        });
    }

    @Override
    public RepairOrder removeJob(Actor actor, RepairOrderId id, JobId job, Integer expectedVersion) {
        return editing.edit(actor, id, expectedVersion, (order, stamp) -> order.removeJob(job, stamp));
    }

    @Override
    public RepairOrder completeJob(Actor actor, RepairOrderId id, JobId jobId, Integer expectedVersion) {
        return editing.edit(actor, id, expectedVersion, (order, stamp) -> {
            editing.requireOwnJob(actor, order, order.job(jobId).orElseThrow(() -> new NotFoundException("Job")));
            order.completeJob(jobId, stamp);
        });
    }

    @Override
    public RepairOrder reopenJob(Actor actor, RepairOrderId id, JobId jobId, Integer expectedVersion) {
        return editing.edit(actor, id, expectedVersion, (order, stamp) -> {
            editing.requireOwnJob(actor, order, order.job(jobId).orElseThrow(() -> new NotFoundException("Job")));
            order.reopenJob(jobId, stamp);
        });
    }

    @Override
    public RepairOrder addLine(Actor actor, RepairOrderId id, JobId jobId, LineDraft draft, Integer expectedVersion) {
        return editing.edit(actor, id, expectedVersion, (order, stamp) -> {
            Job job = order.job(jobId).orElseThrow(() -> new NotFoundException("Job"));
            Line line = drafting.newLine(
                    actor.tenantId(), order.visit().locationId(), draft, discounts.settings(actor.tenantId()));
            discounts.guard(actor, job, () -> order.addLine(jobId, line, stamp));
        });
    }

    @Override
    public RepairOrder changeLine(
            Actor actor, RepairOrderId id, JobId jobId, LineId lineId, LineDraft changes, Integer expectedVersion) {
        return editing.edit(actor, id, expectedVersion, (order, stamp) -> {
            Job job = order.job(jobId).orElseThrow(() -> new NotFoundException("Job"));
            Line current = job.line(lineId).orElseThrow(() -> new NotFoundException("Line"));
            Line changed = drafting.changed(actor.tenantId(), order.visit().locationId(), current, changes);
            discounts.guard(actor, job, () -> order.changeLine(jobId, changed, stamp));
        });
    }

    @Override
    public RepairOrder removeLine(Actor actor, RepairOrderId id, JobId jobId, LineId line, Integer expectedVersion) {
        return editing.edit(actor, id, expectedVersion, (order, stamp) -> {
            Job job = order.job(jobId).orElseThrow(() -> new NotFoundException("Job"));
            discounts.guard(actor, job, () -> order.removeLine(jobId, line, stamp));
        });
    }

    @Override
    public RepairOrder transition(
            Actor actor, RepairOrderId id, RepairOrder.Status target, String reason, Integer expectedVersion) {
        return editing.edit(actor, id, expectedVersion, (order, stamp) -> {
            if (target == null) {
                throw new app.pitwall.platform.InvalidInputException("to", "required: the status to move to");
            }
            RepairOrder.Transition move = order.legal(target);
            if (!WorkOrderPermissions.mayMove(actor, order, move)) {
                throw new ForbiddenException("Moving repair order " + order.number() + " from " + move.from() + " to "
                        + move.to() + " needs repair-orders:transition"
                        + (move.assignedTechnicianMay() ? ", or being a technician assigned to it." : "."));
            }
            order.moveTo(target, reason, stamp);
        });
    }
}
