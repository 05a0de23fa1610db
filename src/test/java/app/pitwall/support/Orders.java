package app.pitwall.support;

import app.pitwall.platform.TenantId;
import app.pitwall.repairorders.Consent;
import app.pitwall.repairorders.Job;
import app.pitwall.repairorders.JobApproval;
import app.pitwall.repairorders.OrderDetails;
import app.pitwall.repairorders.Pricing;
import app.pitwall.repairorders.RepairOrder;
import app.pitwall.repairorders.Stamp;
import app.pitwall.repairorders.Visit;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

/** Repair orders for unit tests: a USD shop in Texas with 6.25 % on labor and 8.25 % on parts. */
public final class Orders {

    public static final Pricing TEXAS =
            new Pricing(Currency.getInstance("USD"), new BigDecimal("0.0625"), new BigDecimal("0.0825"));
    public static final Instant NOW = Instant.parse("2026-03-02T15:00:00Z");
    public static final Stamp ADVISOR = new Stamp(Stamp.Kind.STAFF, UUID.randomUUID(), "Ada Advisor", NOW);

    private Orders() {}

    public static RepairOrder estimate() {
        return estimate(TEXAS);
    }

    public static RepairOrder estimate(Pricing pricing) {
        Visit visit = new Visit(
                UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "Diaz, Rosa", "2019 Honda Civic", null);
        OrderDetails details =
                new OrderDetails(null, List.of(), 42_000, null, null, List.of("Squeal when braking"), null);
        return RepairOrder.open(new TenantId(UUID.randomUUID()), 1001, visit, details, pricing, ADVISOR);
    }

    public static Job.JobDetails job(String title) {
        return new Job.JobDetails(title, null, null, null, null, null);
    }

    /** An order in {@code status} with one approved job (done where work is finished) and one pending job. */
    public static RepairOrder in(RepairOrder.Status status) {
        RepairOrder order = estimate();
        Job brakes = order.addJob(
                job("Front brakes"),
                null,
                List.of(Lines.labor("Replace pads", new BigDecimal("1.5"), new BigDecimal("120"), true)),
                ADVISOR);
        order.addJob(
                job("Cabin filter"),
                null,
                List.of(Lines.part(
                        "Filter", "CF-1", BigDecimal.ONE, new BigDecimal("8"), new BigDecimal("19.99"), true)),
                ADVISOR);
        Job pending = order.jobs().get(1);
        Job approvedJob = brakes;
        RepairOrder.Status[] path = switch (status) {
            case ESTIMATE -> new RepairOrder.Status[] {};
            case AWAITING_APPROVAL -> new RepairOrder.Status[] {RepairOrder.Status.AWAITING_APPROVAL};
            case APPROVED -> new RepairOrder.Status[] {RepairOrder.Status.APPROVED};
            case IN_PROGRESS -> new RepairOrder.Status[] {RepairOrder.Status.APPROVED, RepairOrder.Status.IN_PROGRESS};
            case ON_HOLD ->
                new RepairOrder.Status[] {
                    RepairOrder.Status.APPROVED, RepairOrder.Status.IN_PROGRESS, RepairOrder.Status.ON_HOLD
                };
            case READY ->
                new RepairOrder.Status[] {
                    RepairOrder.Status.APPROVED, RepairOrder.Status.IN_PROGRESS, RepairOrder.Status.READY
                };
            case INVOICED, CLOSED ->
                new RepairOrder.Status[] {
                    RepairOrder.Status.APPROVED, RepairOrder.Status.IN_PROGRESS, RepairOrder.Status.READY
                };
            case CANCELLED -> new RepairOrder.Status[] {RepairOrder.Status.CANCELLED};
        };
        for (RepairOrder.Status step : path) {
            if (step == RepairOrder.Status.APPROVED) {
                order.approve(
                        List.of(new RepairOrder.JobDecision(approvedJob.id(), JobApproval.Decision.APPROVED, null)),
                        phone(),
                        ADVISOR);
            } else {
                if (step == RepairOrder.Status.READY) {
                    order.completeJob(approvedJob.id(), ADVISOR);
                }
                order.moveTo(step, "a reason", ADVISOR);
            }
        }
        if (status == RepairOrder.Status.INVOICED || status == RepairOrder.Status.CLOSED) {
            order.invoice(ADVISOR);
        }
        if (status == RepairOrder.Status.CLOSED) {
            order.close(ADVISOR);
        }
        order.drainEvents();
        if (pending.approval().isPresent()) {
            throw new IllegalStateException("the second job should still be pending");
        }
        return order;
    }

    public static Consent phone() {
        return new Consent(JobApproval.Method.PHONE, "Rosa Diaz", NOW, null, null, null);
    }

    public static Consent link() {
        return new Consent(JobApproval.Method.LINK, "Rosa Diaz", NOW, UUID.randomUUID(), "203.0.113.7", "Phone");
    }
}
