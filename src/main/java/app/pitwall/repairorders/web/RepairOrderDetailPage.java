package app.pitwall.repairorders.web;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.platform.NotFoundException;
import app.pitwall.platform.web.FormErrors;
import app.pitwall.repairorders.ApprovalStatus;
import app.pitwall.repairorders.DeferredJob;
import app.pitwall.repairorders.DeferredJobs;
import app.pitwall.repairorders.JobTemplates;
import app.pitwall.repairorders.RepairOrder;
import app.pitwall.repairorders.RepairOrderId;
import app.pitwall.repairorders.RepairOrders;
import app.pitwall.repairorders.Stamp;
import app.pitwall.repairorders.StatusChange;
import app.pitwall.repairorders.WorkOrderPermissions;
import app.pitwall.repairorders.api.MoneyText;
import app.pitwall.repairorders.api.RepairOrderView;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The repair order's page, assembled for a user: the order with its jobs, the moves and actions the user may make, the
 * status history and the vehicle's deferred work from earlier visits. A refused action renders the same page with its
 * errors and the input it was sent.
 */
@Component
@NamedInterface("pages")
public class RepairOrderDetailPage {

    private final RepairOrders orders;
    private final JobTemplates templates;
    private final DeferredJobs deferredJobs;
    private final RepairOrderPageViews views;
    private final RepairOrderLookups lookups;
    private final OdometerUnits odometers;

    RepairOrderDetailPage(
            RepairOrders orders,
            JobTemplates templates,
            DeferredJobs deferredJobs,
            RepairOrderPageViews views,
            RepairOrderLookups lookups,
            OdometerUnits odometers) {
        this.orders = orders;
        this.templates = templates;
        this.deferredJobs = deferredJobs;
        this.views = views;
        this.lookups = lookups;
        this.odometers = odometers;
    }

    /** The order as the user may see it; another tenant's or another location's order is "not found". */
    public RepairOrder order(Actor actor, UUID id) {
        return orders.find(actor, new RepairOrderId(id)).orElseThrow(() -> new NotFoundException("Repair order"));
    }

    public ModelAndView page(Actor actor, UUID id) {
        return page(actor, order(actor, id), new FormErrors(), HttpStatus.OK, RepairOrderForms.JobForm.blank(), "");
    }

    public ModelAndView refused(Actor actor, UUID id, FormErrors errors, HttpStatus status) {
        return page(actor, order(actor, id), errors, status, RepairOrderForms.JobForm.blank(), "");
    }

    public ModelAndView page(
            Actor actor,
            RepairOrder order,
            FormErrors errors,
            HttpStatus status,
            RepairOrderForms.JobForm jobForm,
            String cannedJobId) {
        boolean write = actor.can(Permission.REPAIR_ORDERS_WRITE);
        boolean money = WorkOrderPermissions.seesMoney(actor);
        ZoneId zone = lookups.zone(actor, order.visit().locationId());
        ModelAndView page = new ModelAndView("repair-orders/detail", status);
        page.addObject("order", views.of(actor, order));
        page.addObject(
                "odometers",
                odometers.of(actor, order, org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        page.addObject("money", money);
        page.addObject("canWrite", write);
        page.addObject("canApprove", actor.can(Permission.REPAIR_ORDERS_TRANSITION));
        page.addObject("canSeeHistory", actor.can(Permission.AUDIT_READ_FINANCIAL));
        boolean approver =
                actor.can(Permission.REPAIR_ORDERS_TRANSITION) && order.status().acceptsChanges();
        page.addObject("canSend", approver && sendable(order));
        page.addObject("canRecordVerbal", approver && !order.jobs().isEmpty());
        page.addObject("errors", errors);
        page.addObject("jobForm", jobForm);
        page.addObject("cannedJobId", cannedJobId);
        List<RepairOrderLookups.Choice> technicians = new java.util.ArrayList<>();
        if (write) {
            technicians.add(new RepairOrderLookups.Choice("", "—"));
            technicians.addAll(lookups.technicians(actor, order.visit().locationId()));
        }
        page.addObject("technicians", technicians);
        page.addObject(
                "cannedJobs",
                write
                        ? templates.choices(actor).stream()
                                .map(template -> new RepairOrderLookups.Choice(
                                        template.id().toString(), template.label()))
                                .toList()
                        : List.of());
        page.addObject(
                "history",
                orders.history(actor, order.id()).stream()
                        .map(change -> history(change, zone))
                        .toList());
        page.addObject(
                "deferred",
                deferredJobs.forVehicle(actor, order.visit().vehicleId(), false, 20, null).items().stream()
                        .filter(job -> !job.repairOrderId().equals(order.id()))
                        .filter(job -> order.jobs().stream()
                                .noneMatch(onThisOrder -> onThisOrder.title().equals(job.title())))
                        .map(job -> deferred(job, zone, money))
                        .toList());
        return page;
    }

    /** Whether there is something to send: a new estimate, or jobs waiting for the customer's decision. */
    private static boolean sendable(RepairOrder order) {
        if (order.status() == RepairOrder.Status.ESTIMATE) {
            return !order.jobs().isEmpty();
        }
        return order.jobs().stream()
                .anyMatch(job -> job.approvalStatus() == ApprovalStatus.PENDING
                        || job.approvalStatus() == ApprovalStatus.CHANGED_SINCE_APPROVAL);
    }

    /** The order's jobs as the user may see them. */
    public List<RepairOrderView.JobCard> jobsOf(Actor actor, RepairOrder order) {
        return views.of(actor, order).jobs();
    }

    private static RepairOrderView.HistoryRow history(StatusChange change, ZoneId zone) {
        return new RepairOrderView.HistoryRow(
                change.from() == null ? null : change.from().name(),
                change.to().name(),
                change.reason(),
                change.actorName(),
                change.actorKind() == Stamp.Kind.CUSTOMER,
                RepairOrderLookups.shown(change.at(), zone));
    }

    private static RepairOrderView.DeferredRow deferred(DeferredJob job, ZoneId zone, boolean money) {
        return new RepairOrderView.DeferredRow(
                job.id(),
                job.title(),
                job.complaint(),
                job.repairOrderNumber(),
                job.repairOrderId().value(),
                job.declinedBy(),
                RepairOrderLookups.shown(job.declinedAt(), zone),
                money ? MoneyText.text(job.estimateTotal()) + " " + job.currency() : null);
    }
}
