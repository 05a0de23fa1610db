package app.pitwall.repairorders.web;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.access.RequiresPermission;
import app.pitwall.platform.ForbiddenException;
import app.pitwall.platform.NotFoundException;
import app.pitwall.platform.web.FormErrors;
import app.pitwall.platform.web.LocalRedirects;
import app.pitwall.platform.web.Refusals;
import app.pitwall.repairorders.Job;
import app.pitwall.repairorders.JobId;
import app.pitwall.repairorders.RepairOrder;
import app.pitwall.repairorders.RepairOrders;
import app.pitwall.repairorders.WorkOrderPermissions;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * A repair order's jobs through forms once they are on it: writing up a job (the advisor everything, its technician
 * the three Cs and notes), marking it done or reopening it, and removing it ({@link RepairOrderJobAdditions} puts
 * them there). Each form carries the order's version; refusals come back with the input kept.
 */
@Controller
class RepairOrderJobPages {

    private final RepairOrders orders;
    private final RepairOrderDetailPage detail;
    private final RepairOrderLookups lookups;
    private final RepairOrderRefusals refusals;

    RepairOrderJobPages(
            RepairOrders orders,
            RepairOrderDetailPage detail,
            RepairOrderLookups lookups,
            RepairOrderRefusals refusals) {
        this.orders = orders;
        this.detail = detail;
        this.lookups = lookups;
        this.refusals = refusals;
    }

    @GetMapping("/repair-orders/{id}/jobs/{jobId}/edit")
    @RequiresPermission(Permission.REPAIR_ORDERS_WORK)
    ModelAndView edit(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @PathVariable UUID jobId,
            @RequestParam(defaultValue = "") String next) {
        RepairOrder order = detail.order(actor, id);
        Job job = workable(actor, order, jobId);
        Job.JobDetails details = job.details();
        RepairOrderForms.JobForm form = new RepairOrderForms.JobForm(
                details.title(),
                orEmpty(details.complaint()),
                orEmpty(details.cause()),
                orEmpty(details.correction()),
                orEmpty(details.technicianNotes()),
                details.technicianId() == null ? "" : details.technicianId().toString(),
                String.valueOf(order.version()));
        return form(actor, order, job, form, next, new FormErrors(), HttpStatus.OK);
    }

    @PostMapping("/repair-orders/{id}/jobs/{jobId}/edit")
    @RequiresPermission(Permission.REPAIR_ORDERS_WORK)
    ModelAndView save(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @PathVariable UUID jobId,
            @RequestParam(defaultValue = "") String next,
            @Valid @ModelAttribute("form") RepairOrderForms.JobForm form,
            BindingResult binding,
            Locale locale) {
        RepairOrder order = detail.order(actor, id);
        Job job = workable(actor, order, jobId);
        if (binding.hasErrors()) {
            RepairOrderForms.JobForm kept = Refusals.stale(binding) ? form.withVersion(order.version()) : form;
            return form(actor, order, job, kept, next, refusals.errors(binding, locale), HttpStatus.BAD_REQUEST);
        }
        boolean advisor = actor.can(Permission.REPAIR_ORDERS_WRITE);
        boolean unassign =
                advisor && form.technicianId() != null && form.technicianId().isBlank();
        RepairOrder saved = orders.changeJob(
                actor, order.id(), job.id(), form.details(advisor), unassign, RepairOrderForms.version(form.version()));
        return back(saved, "job-saved", job.id(), next);
    }

    @PostMapping("/repair-orders/{id}/jobs/{jobId}/done")
    @RequiresPermission(Permission.REPAIR_ORDERS_WORK)
    ModelAndView done(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @PathVariable UUID jobId,
            @Valid @ModelAttribute("actionForm") RepairOrderForms.ActionForm form,
            BindingResult binding,
            Locale locale) {
        return act(
                actor,
                id,
                form,
                binding,
                locale,
                "job-done",
                jobId,
                (order, version) -> orders.completeJob(actor, order.id(), new JobId(jobId), version));
    }

    @PostMapping("/repair-orders/{id}/jobs/{jobId}/reopen")
    @RequiresPermission(Permission.REPAIR_ORDERS_WORK)
    ModelAndView reopen(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @PathVariable UUID jobId,
            @Valid @ModelAttribute("actionForm") RepairOrderForms.ActionForm form,
            BindingResult binding,
            Locale locale) {
        return act(
                actor,
                id,
                form,
                binding,
                locale,
                "job-reopened",
                jobId,
                (order, version) -> orders.reopenJob(actor, order.id(), new JobId(jobId), version));
    }

    @PostMapping("/repair-orders/{id}/jobs/{jobId}/remove")
    @RequiresPermission(Permission.REPAIR_ORDERS_WRITE)
    ModelAndView remove(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @PathVariable UUID jobId,
            @Valid @ModelAttribute("actionForm") RepairOrderForms.ActionForm form,
            BindingResult binding,
            Locale locale) {
        return act(
                actor,
                id,
                form,
                binding,
                locale,
                "job-removed",
                null,
                (order, version) -> orders.removeJob(actor, order.id(), new JobId(jobId), version));
    }

    /** A one-button action on the order; refusals show on the order's page. */
    interface Action {
        RepairOrder apply(RepairOrder order, Integer version);
    }

    private ModelAndView act(
            Actor actor,
            UUID id,
            RepairOrderForms.ActionForm form,
            BindingResult binding,
            Locale locale,
            String notice,
            UUID jobId,
            Action action) {
        RepairOrder order = detail.order(actor, id);
        if (binding.hasErrors()) {
            return detail.refused(actor, id, refusals.errors(binding, locale), HttpStatus.BAD_REQUEST);
        }
        RepairOrder saved = action.apply(order, RepairOrderForms.version(form.version()));
        return back(saved, notice, jobId == null ? null : new JobId(jobId), form.next());
    }

    private ModelAndView form(
            Actor actor,
            RepairOrder order,
            Job job,
            RepairOrderForms.JobForm form,
            String next,
            FormErrors errors,
            HttpStatus status) {
        boolean advisor = actor.can(Permission.REPAIR_ORDERS_WRITE);
        ModelAndView page = new ModelAndView("repair-orders/job", status);
        page.addObject("order", order);
        page.addObject("job", job);
        page.addObject("form", form);
        page.addObject("errors", errors);
        page.addObject("advisor", advisor);
        page.addObject("next", LocalRedirects.isLocalPath(next) ? next : "");
        List<RepairOrderLookups.Choice> technicians = new java.util.ArrayList<>();
        if (advisor) {
            technicians.add(new RepairOrderLookups.Choice("", "—"));
            technicians.addAll(lookups.technicians(actor, order.visit().locationId()));
        }
        page.addObject("technicians", technicians);
        return page;
    }

    /** The job, if the user may write it up; a job of another technician is refused. */
    private static Job workable(Actor actor, RepairOrder order, UUID jobId) {
        Job job = order.job(new JobId(jobId)).orElseThrow(() -> new NotFoundException("Job"));
        if (!WorkOrderPermissions.mayWorkOn(actor, order, job)) {
            throw new ForbiddenException("Job '" + job.title() + "' is not assigned to you.");
        }
        return job;
    }

    static ModelAndView back(RepairOrder order, String notice, JobId job) {
        return back(order, notice, job, null);
    }

    /** To {@code next} if it is a local page, else the order's page at the job. */
    static ModelAndView back(RepairOrder order, String notice, JobId job, String next) {
        String anchor = job == null ? "" : "#job-" + job.value();
        String fallback = "/repair-orders/" + order.id().value() + "?notice=" + notice + anchor;
        if (next == null || next.isBlank() || !LocalRedirects.isLocalPath(next)) {
            return new ModelAndView(LocalRedirects.to(fallback));
        }
        return new ModelAndView(LocalRedirects.to(withNotice(next, notice)));
    }

    static String withNotice(String next, String notice) {
        int hash = next.indexOf('#');
        String path = hash < 0 ? next : next.substring(0, hash);
        String anchor = hash < 0 ? "" : next.substring(hash);
        return path + (path.contains("?") ? "&" : "?") + "notice=" + notice + anchor;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
