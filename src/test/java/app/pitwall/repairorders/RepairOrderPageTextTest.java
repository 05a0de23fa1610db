package app.pitwall.repairorders;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Every message key the repair-order pages build from a status, a move, a line kind, a decision or a notice exists,
 * so a new status or transition cannot reach a page without its words.
 */
class RepairOrderPageTextTest {

    @Test
    void everyKeyTheRepairOrderPagesBuildHasAMessage() throws IOException {
        List<String> built = new ArrayList<>();
        for (RepairOrder.Status status : RepairOrder.Status.values()) {
            built.add("ro.status." + status.name());
        }
        for (RepairOrder.Transition move : RepairOrder.TRANSITIONS) {
            built.add("ro.move." + move.move().method());
        }
        for (ApprovalStatus status : ApprovalStatus.values()) {
            built.add("ro.approval." + status.name());
        }
        for (JobApproval.Decision decision : JobApproval.Decision.values()) {
            built.add("ro.decision." + decision.name());
        }
        for (JobApproval.Method method : JobApproval.Method.values()) {
            built.add("ro.method." + method.name());
        }
        for (Line.Kind kind : Line.Kind.values()) {
            built.add("ro.kind." + kind.name());
            built.add("ro.add." + kind.name());
        }
        for (Line.FeeKind fee : Line.FeeKind.values()) {
            built.add("ro.fee." + fee.name());
        }
        for (String notice : List.of(
                "repair-order-opened",
                "repair-order-saved",
                "repair-order-moved",
                "job-added",
                "job-saved",
                "job-removed",
                "job-done",
                "job-reopened",
                "line-added",
                "line-saved",
                "line-removed",
                "verbal-approval-recorded")) {
            built.add("notice." + notice);
        }
        built.addAll(List.of(
                "nav.repairOrders",
                "nav.jobBoard",
                "nav.myJobs",
                "ro.cannedJob.required",
                "ro.line.kindKept",
                "ro.line.rateTyped",
                "form.time.invalid",
                "form.stale"));

        Properties messages = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/messages.properties")) {
            messages.load(in);
        }
        assertThat(built.stream().filter(key -> !messages.containsKey(key))).isEmpty();
    }
}
