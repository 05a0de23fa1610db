package app.pitwall.repairorders;

import static org.assertj.core.api.Assertions.assertThat;

import app.pitwall.support.Lines;
import app.pitwall.support.Orders;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Declined work is not work (issue #10, defect 3): the order's work leaves out the jobs the customer declined, and a
 * concern only a declined job answers is no open concern, while one that other work answers too stays open.
 */
class DeclinedWorkTest {

    @Test
    void aDeclinedJobIsNoWorkAndItsConcernIsNoOpenConcern() {
        RepairOrder order = Orders.estimate();
        order.change(
                new OrderDetails(
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of("Squeal when braking", "Dusty air from the vents", "Rattle"),
                        null),
                java.util.Set.of(),
                Orders.ADVISOR);
        Job brakes = order.addJob(
                new Job.JobDetails("Front brakes", "Squeal when braking", null, null, null, null),
                null,
                List.of(Lines.labor("Replace pads", new BigDecimal("1.5"), new BigDecimal("120"), true)),
                Orders.ADVISOR);
        Job filter = order.addJob(
                new Job.JobDetails("Cabin filter", " dusty AIR from the vents ", null, null, null, null),
                null,
                List.of(Lines.part(
                        "Filter", "CF-1", BigDecimal.ONE, new BigDecimal("8"), new BigDecimal("19.99"), true)),
                Orders.ADVISOR);
        Job rattle = order.addJob(
                new Job.JobDetails("Rattle", null, null, null, null, null),
                null,
                List.of(Lines.labor("Find the rattle", BigDecimal.ONE, new BigDecimal("120"), true)),
                Orders.ADVISOR);

        order.approve(
                List.of(
                        new RepairOrder.JobDecision(brakes.id(), JobApproval.Decision.APPROVED, null),
                        new RepairOrder.JobDecision(filter.id(), JobApproval.Decision.DECLINED, null),
                        new RepairOrder.JobDecision(rattle.id(), JobApproval.Decision.APPROVED, null)),
                Orders.phone(),
                Orders.ADVISOR);

        assertThat(order.work()).extracting(Job::title).containsExactly("Front brakes", "Rattle");
        assertThat(order.openConcerns()).containsExactly("Squeal when braking", "Rattle");
        assertThat(order.details().concerns()).hasSize(3);
    }

    @Test
    void aConcernOtherWorkAnswersTooStaysOpen() {
        RepairOrder order = Orders.in(RepairOrder.Status.ESTIMATE);
        Job front = order.jobs().get(0);
        Job second = order.addJob(
                new Job.JobDetails("Rear brakes", "Squeal when braking", null, null, null, null),
                null,
                List.of(Lines.labor("Replace rear pads", BigDecimal.ONE, new BigDecimal("120"), true)),
                Orders.ADVISOR);
        order.describeJob(
                front.id(),
                new Job.JobDetails(null, "Squeal when braking", null, null, null, null),
                false,
                Orders.ADVISOR);

        order.approve(
                List.of(
                        new RepairOrder.JobDecision(front.id(), JobApproval.Decision.APPROVED, null),
                        new RepairOrder.JobDecision(second.id(), JobApproval.Decision.DECLINED, null)),
                Orders.phone(),
                Orders.ADVISOR);

        assertThat(order.openConcerns()).containsExactly("Squeal when braking");
        assertThat(order.work()).extracting(Job::title).containsExactly("Front brakes", "Cabin filter");
    }
}
