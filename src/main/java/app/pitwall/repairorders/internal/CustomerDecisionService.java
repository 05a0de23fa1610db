package app.pitwall.repairorders.internal;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.access.Scope;
import app.pitwall.platform.ConflictException;
import app.pitwall.platform.ForbiddenException;
import app.pitwall.platform.NotFoundException;
import app.pitwall.platform.TenantId;
import app.pitwall.platform.web.ProblemType;
import app.pitwall.repairorders.ApprovalStatus;
import app.pitwall.repairorders.Consent;
import app.pitwall.repairorders.CustomerDecisions;
import app.pitwall.repairorders.Estimate;
import app.pitwall.repairorders.IllegalTransitionException;
import app.pitwall.repairorders.JobApproval;
import app.pitwall.repairorders.RepairOrder;
import app.pitwall.repairorders.RepairOrderId;
import app.pitwall.repairorders.Stamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records customers' decisions on jobs for the approvals module; see {@link CustomerDecisions}. */
@Service
@Transactional
class CustomerDecisionService implements CustomerDecisions {

    private final Editing editing;
    private final RepairOrderStore store;
    private final JobRows jobs;
    private final DeferredWorkService deferred;
    private final Estimates estimates;

    CustomerDecisionService(
            Editing editing, RepairOrderStore store, JobRows jobs, DeferredWorkService deferred, Estimates estimates) {
        this.editing = editing;
        this.store = store;
        this.jobs = jobs;
        this.deferred = deferred;
        this.estimates = estimates;
    }

    @Override
    public RepairOrder sendEstimate(Actor actor, RepairOrderId id, Integer expectedVersion) {
        requireTransition(actor);
        return editing.edit(actor, id, expectedVersion, (draft, stamp) -> {
            switch (draft.status()) {
                case ESTIMATE -> draft.sendForApproval(stamp);
                case AWAITING_APPROVAL, APPROVED, IN_PROGRESS, ON_HOLD -> {
                    boolean undecided = draft.jobs().stream()
                            .anyMatch(job -> job.approvalStatus() == ApprovalStatus.PENDING
                                    || job.approvalStatus() == ApprovalStatus.CHANGED_SINCE_APPROVAL);
                    if (!undecided) {
                        throw new ConflictException(
                                ProblemType.NOTHING_TO_APPROVE,
                                "Repair order " + draft.number() + " is " + draft.status()
                                        + " and has no job waiting for the customer's decision.",
                                Map.of("currentStatus", draft.status().name()));
                    }
                }
                default ->
                    throw new IllegalTransitionException(
                            draft.number(), draft.status(), RepairOrder.Status.AWAITING_APPROVAL);
            }
        });
    }

    @Override
    public RepairOrder recordVerbal(Actor actor, RepairOrderId id, VerbalDecision decision, Integer expectedVersion) {
        requireTransition(actor);
        return editing.edit(actor, id, expectedVersion, (draft, stamp) -> {
            VerbalDecision.Decided decided = decision.decide(draft);
            deferred.decide(draft, decided.decisions(), decided.consent(), stamp);
        });
    }

    @Override
    @Transactional(readOnly = true)
    public List<JobApproval> decisions(Actor actor, RepairOrderId id) {
        store.find(Scope.of(actor), id, false).orElseThrow(() -> new NotFoundException("Repair order"));
        return jobs.decisionsOf(actor.tenantId(), id);
    }

    @Override
    public Optional<RepairOrder> orderOfLink(TenantId tenant, RepairOrderId id, boolean forDecision) {
        return store.find(Scope.wholeTenant(tenant), id, forDecision);
    }

    @Override
    public void recordFromLink(
            RepairOrder order, List<RepairOrder.JobDecision> decisions, Consent consent, Stamp stamp) {
        deferred.decide(order, decisions, consent, stamp);
        store.save(order, stamp);
    }

    @Override
    @Transactional(readOnly = true)
    public Estimate estimate(RepairOrder order, Instant linkExpiresAt) {
        return estimates.of(order, linkExpiresAt);
    }

    private static void requireTransition(Actor actor) {
        if (!actor.can(Permission.REPAIR_ORDERS_TRANSITION)) {
            throw new ForbiddenException("Sending estimates and recording approvals needs repair-orders:transition.");
        }
    }
}
