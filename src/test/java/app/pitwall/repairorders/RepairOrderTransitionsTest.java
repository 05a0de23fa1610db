package app.pitwall.repairorders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.pitwall.platform.ConflictException;
import app.pitwall.repairorders.RepairOrder.Status;
import app.pitwall.support.CommittedDocs;
import app.pitwall.support.Orders;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The status machine of a repair order, generated from {@link RepairOrder#TRANSITIONS}: every pair of statuses is
 * tried; listed pairs succeed and register their event, every other pair is refused naming both statuses. The table
 * in {@code docs/repair-orders.md} must be the one the same list writes.
 */
class RepairOrderTransitionsTest {

    @TestFactory
    Stream<DynamicTest> everyLegalTransitionSucceedsAndRegistersItsEvent() {
        return RepairOrder.TRANSITIONS.stream()
                .map(move -> DynamicTest.dynamicTest(move.from() + " -> " + move.to(), () -> {
                    RepairOrder order = Orders.in(move.from());

                    perform(order, move.to());

                    assertThat(order.status()).isEqualTo(move.to());
                    List<RepairOrderEvents.RepairOrderMoved> changes = order.drainEvents().stream()
                            .filter(RepairOrderEvents.RepairOrderMoved.class::isInstance)
                            .map(RepairOrderEvents.RepairOrderMoved.class::cast)
                            .toList();
                    assertThat(changes).singleElement().satisfies(change -> {
                        assertThat(change.from()).isEqualTo(move.from());
                        assertThat(change.to()).isEqualTo(move.to());
                        assertThat(change.tenantId()).isEqualTo(order.tenantId());
                        assertThat(change.actorId()).isEqualTo(Orders.ADVISOR.actorId());
                        assertThat(change.move()).isEqualTo(move.move());
                    });
                }));
    }

    @TestFactory
    Stream<DynamicTest> everyIllegalTransitionIsRefusedNamingBothStatuses() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Status from : Status.values()) {
            for (Status to : Status.values()) {
                if (RepairOrder.transition(from, to).isEmpty()) {
                    tests.add(DynamicTest.dynamicTest(from + " -> " + to, () -> {
                        RepairOrder order = Orders.in(from);

                        assertThatThrownBy(() -> order.moveTo(to, "a reason", Orders.ADVISOR))
                                .isInstanceOfSatisfying(IllegalTransitionException.class, refusal -> {
                                    assertThat(refusal.current()).isEqualTo(from);
                                    assertThat(refusal.requested()).isEqualTo(to);
                                    assertThat(refusal.properties())
                                            .containsEntry("currentStatus", from.name())
                                            .containsEntry("requestedStatus", to.name());
                                })
                                .hasMessageContaining(from.name())
                                .hasMessageContaining(to.name());
                        assertThat(order.status()).isEqualTo(from);
                        assertThat(order.drainEvents()).isEmpty();
                    }));
                }
            }
        }
        return tests.stream();
    }

    @Test
    void theDocumentedTableIsTheCodesTable() {
        java.nio.file.Path doc = java.nio.file.Path.of("docs/repair-orders.md");
        StringBuilder table = new StringBuilder("| from | to | business method | assigned technician may |\n");
        table.append("|---|---|---|---|\n");
        RepairOrder.TRANSITIONS.forEach(move -> table.append("| ")
                .append(move.from())
                .append(" | ")
                .append(move.to())
                .append(" | `")
                .append(move.move().method())
                .append("` | ")
                .append(move.assignedTechnicianMay() ? "yes" : "no")
                .append(" |\n"));
        String text = CommittedDocs.read(doc);
        String start = "<!-- transitions:start -->\n";
        String end = "<!-- transitions:end -->";
        assertThat(text).as("%s keeps its transitions markers", doc).contains(start, end);
        String expected =
                text.substring(0, text.indexOf(start) + start.length()) + table + text.substring(text.indexOf(end));

        CommittedDocs.assertCommitted(doc, expected);
    }

    @TestFactory
    Stream<DynamicTest> billingMovesAreNeverRequestedAsTransitions() {
        return RepairOrder.TRANSITIONS.stream()
                .filter(move -> move.move().billing())
                .map(move -> DynamicTest.dynamicTest(move.from() + " -> " + move.to(), () -> {
                    RepairOrder order = Orders.in(move.from());

                    assertThatThrownBy(() -> order.moveTo(move.to(), "a reason", Orders.ADVISOR))
                            .isInstanceOfSatisfying(
                                    ConflictException.class,
                                    refusal -> assertThat(refusal.type().code()).isEqualTo("billing-move"));
                    assertThat(order.status()).isEqualTo(move.from());
                    assertThat(order.drainEvents()).isEmpty();
                }));
    }

    @Test
    void reopeningNeedsAReasonAndABilledOrder() {
        RepairOrder invoiced = Orders.in(Status.INVOICED);
        RepairOrder ready = Orders.in(Status.READY);

        assertThatThrownBy(() -> invoiced.reopen(" ", Orders.ADVISOR))
                .isInstanceOf(app.pitwall.platform.InvalidInputException.class);
        assertThatThrownBy(() -> ready.reopen("a reason", Orders.ADVISOR))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(invoiced.status()).isEqualTo(Status.INVOICED);
        assertThat(ready.status()).isEqualTo(Status.READY);
    }

    @Test
    void approvedCannotBeRequestedDirectlyItFollowsFromTheCustomersApproval() {
        RepairOrder order = Orders.in(Status.AWAITING_APPROVAL);

        assertThatThrownBy(() -> order.moveTo(Status.APPROVED, null, Orders.ADVISOR))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        refusal -> assertThat(refusal.type().code()).isEqualTo("approval-required"));
        assertThat(order.status()).isEqualTo(Status.AWAITING_APPROVAL);
    }

    @Test
    void anOrderCannotBeMarkedReadyWhileAnApprovedJobIsNotDone() {
        RepairOrder order = Orders.in(Status.IN_PROGRESS);

        assertThatThrownBy(() -> order.markReady(Orders.ADVISOR))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        refusal -> assertThat(refusal.type().code()).isEqualTo("jobs-not-done"))
                .hasMessageContaining("IN_PROGRESS")
                .hasMessageContaining("Front brakes");
    }

    @Test
    void holdingAndCancellingNeedAReason() {
        assertThatThrownBy(() -> Orders.in(Status.IN_PROGRESS).putOnHold(" ", Orders.ADVISOR))
                .hasMessageContaining("required");
        assertThatThrownBy(() -> Orders.in(Status.ESTIMATE).cancel(null, Orders.ADVISOR))
                .hasMessageContaining("required");
    }

    @Test
    void aReadyOrCancelledOrderNoLongerChanges() {
        for (Status closed : List.of(Status.READY, Status.CANCELLED)) {
            RepairOrder order = Orders.in(closed);
            assertThatThrownBy(() -> order.addJob(Orders.job("Late addition"), null, List.of(), Orders.ADVISOR))
                    .isInstanceOfSatisfying(
                            ConflictException.class,
                            refusal -> assertThat(refusal.type().code()).isEqualTo("order-closed"))
                    .hasMessageContaining(closed.name());
        }
    }

    @Test
    void anEmptyEstimateCannotBeSentForApproval() {
        assertThatThrownBy(() -> Orders.estimate().sendForApproval(Orders.ADVISOR))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        refusal -> assertThat(refusal.type().code()).isEqualTo("estimate-empty"));
    }

    /**
     * Makes the move through the business method that leads to {@code to}; APPROVED comes from an approval, READY
     * after the approved work is done.
     */
    private static void perform(RepairOrder order, Status to) {
        RepairOrder.Move move = RepairOrder.transition(order.status(), to).orElseThrow().move();
        if (move.billing()) {
            switch (move) {
                case INVOICE -> order.invoice(Orders.ADVISOR);
                case CLOSE -> order.close(Orders.ADVISOR);
                default -> order.reopen("credit note: wrong part billed", Orders.ADVISOR);
            }
        } else if (to == Status.APPROVED) {
            Job pending = order.jobs().stream()
                    .filter(job -> job.approvalStatus() == ApprovalStatus.PENDING)
                    .findFirst()
                    .orElseThrow();
            order.approve(
                    List.of(new RepairOrder.JobDecision(pending.id(), JobApproval.Decision.APPROVED, null)),
                    Orders.phone(),
                    Orders.ADVISOR);
        } else {
            if (to == Status.READY) {
                order.jobs().stream()
                        .filter(job -> job.approvalStatus() == ApprovalStatus.APPROVED)
                        .forEach(job -> order.completeJob(job.id(), Orders.ADVISOR));
                order.drainEvents();
            }
            order.moveTo(to, "waiting for parts", Orders.ADVISOR);
        }
    }
}
