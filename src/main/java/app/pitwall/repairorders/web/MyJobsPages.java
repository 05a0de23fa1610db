package app.pitwall.repairorders.web;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.access.RequiresPermission;
import app.pitwall.repairorders.ApprovalStatus;
import app.pitwall.repairorders.Job;
import app.pitwall.repairorders.RepairOrder;
import app.pitwall.repairorders.RepairOrderQuery;
import app.pitwall.repairorders.RepairOrderSummary;
import app.pitwall.repairorders.RepairOrders;
import app.pitwall.repairorders.api.RepairOrderView;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The technician's view for a tablet in the bay: the jobs assigned to them on approved, running or held orders, with
 * the customer's open concerns (declined work is no one's work and is left out), the three Cs and notes to write, "mark done" and "reopen", and the moves technicians may
 * make (start, hold, resume, ready). It never shows a price or a customer's contact details, whoever looks at it.
 */
@Controller
class MyJobsPages {

    static final Set<RepairOrder.Status> WORKING =
            Set.of(RepairOrder.Status.APPROVED, RepairOrder.Status.IN_PROGRESS, RepairOrder.Status.ON_HOLD);

    private final RepairOrders orders;
    private final RepairOrderPageViews views;
    private final RepairOrderLookups lookups;

    MyJobsPages(RepairOrders orders, RepairOrderPageViews views, RepairOrderLookups lookups) {
        this.orders = orders;
        this.views = views;
        this.lookups = lookups;
    }

    /** An order with the user's jobs on it. */
    record MyOrder(
            UUID id,
            long number,
            String status,
            String statusReason,
            String customerName,
            String vehicleLabel,
            String promised,
            List<String> concerns,
            List<RepairOrderView.Move> moves,
            List<RepairOrderView.JobCard> jobs,
            int version) {}

    @GetMapping("/my-jobs")
    @RequiresPermission(Permission.REPAIR_ORDERS_WORK)
    String myJobs(@AuthenticationPrincipal Actor actor, Model model) {
        List<RepairOrderSummary> assigned = orders.list(
                        actor, new RepairOrderQuery(null, WORKING, null, actor.userId(), null, null, null), 50, null)
                .items();
        List<MyOrder> mine = new ArrayList<>();
        for (RepairOrderSummary summary : assigned) {
            orders.find(actor, summary.id()).map(order -> mine(actor, order)).ifPresent(mine::add);
        }
        model.addAttribute(
                "orders", mine.stream().filter(order -> !order.jobs().isEmpty()).toList());
        return "my-jobs/list";
    }

    private MyOrder mine(Actor actor, RepairOrder order) {
        ZoneId zone = lookups.zone(actor, order.visit().locationId());
        Set<UUID> people = new HashSet<>(order.technicians());
        Map<UUID, String> names = lookups.names(actor, people);
        List<RepairOrderView.JobCard> jobs = new ArrayList<>();
        int number = 0;
        for (Job job : order.jobs()) {
            number++;
            if (job.approvalStatus() != ApprovalStatus.DECLINED && assignedTo(actor.userId(), order, job)) {
                jobs.add(views.job(actor, order, job, number, names, zone, false));
            }
        }
        return new MyOrder(
                order.id().value(),
                order.number(),
                order.status().name(),
                order.statusReason(),
                order.visit().customerName(),
                order.visit().vehicleLabel(),
                RepairOrderLookups.shown(order.details().promisedAt(), zone),
                order.openConcerns(),
                RepairOrderPageViews.moves(actor, order),
                jobs,
                order.version());
    }

    /** A job is the user's if it names them, or names nobody on an order assigned to them. */
    private static boolean assignedTo(UUID user, RepairOrder order, Job job) {
        return job.technicianId() == null
                ? order.details().technicianIds().contains(user)
                : job.technicianId().equals(user);
    }
}
