package app.pitwall.repairorders.web;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.access.RequiresPermission;
import app.pitwall.platform.NotFoundException;
import app.pitwall.platform.web.Refusals;
import app.pitwall.repairorders.DeferredJob;
import app.pitwall.repairorders.DeferredJobs;
import app.pitwall.repairorders.Job;
import app.pitwall.repairorders.JobTemplates;
import app.pitwall.repairorders.LineDraft;
import app.pitwall.repairorders.NewJob;
import app.pitwall.repairorders.RepairOrder;
import app.pitwall.repairorders.RepairOrders;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Putting a job on a repair order through forms: written by hand, from a canned job (one step), or work the
 * customer declined at an earlier visit offered again. Each form carries the order's version; refusals come back on
 * the order's page with the input kept.
 */
@Controller
class RepairOrderJobAdditions {

    private final RepairOrders orders;
    private final RepairOrderDetailPage detail;
    private final RepairOrderRefusals refusals;
    private final JobTemplates templates;
    private final DeferredJobs deferredJobs;

    RepairOrderJobAdditions(
            RepairOrders orders,
            RepairOrderDetailPage detail,
            RepairOrderRefusals refusals,
            JobTemplates templates,
            DeferredJobs deferredJobs) {
        this.orders = orders;
        this.detail = detail;
        this.refusals = refusals;
        this.templates = templates;
        this.deferredJobs = deferredJobs;
    }

    @PostMapping("/repair-orders/{id}/jobs")
    @RequiresPermission(Permission.REPAIR_ORDERS_WRITE)
    ModelAndView add(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @Valid @ModelAttribute("jobForm") RepairOrderForms.JobForm form,
            BindingResult binding,
            Locale locale) {
        RepairOrder order = detail.order(actor, id);
        if (binding.hasErrors()) {
            RepairOrderForms.JobForm kept = Refusals.stale(binding) ? form.withVersion(order.version()) : form;
            return detail.page(actor, order, refusals.errors(binding, locale), HttpStatus.BAD_REQUEST, kept, "");
        }
        RepairOrder saved = orders.addJob(
                actor, order.id(), new NewJob(form.details(true), List.of()), RepairOrderForms.version(form.version()));
        return added(saved);
    }

    @PostMapping("/repair-orders/{id}/jobs/canned")
    @RequiresPermission(Permission.REPAIR_ORDERS_WRITE)
    ModelAndView addCanned(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @Valid @ModelAttribute("actionForm") RepairOrderForms.ActionForm form,
            BindingResult binding,
            Locale locale) {
        RepairOrder order = detail.order(actor, id);
        String chosen = form.cannedJobId() == null ? "" : form.cannedJobId();
        if (chosen.isBlank()) {
            binding.rejectValue("cannedJobId", "ro.cannedJob.required");
        }
        if (binding.hasErrors()) {
            return detail.page(
                    actor,
                    order,
                    refusals.errors(binding, locale),
                    HttpStatus.BAD_REQUEST,
                    RepairOrderForms.JobForm.blank(),
                    chosen);
        }
        RepairOrder saved = orders.addJob(
                actor,
                order.id(),
                templates.job(actor, UUID.fromString(chosen)),
                RepairOrderForms.version(form.version()));
        return added(saved);
    }

    /** Which deferred job of the vehicle to put on this order, and the order's version. */
    record DeferredForm(
            @Pattern(regexp = RepairOrderForms.UUID_TEXT, message = "{form.choice.invalid}")
            String deferredJobId,

            @Pattern(regexp = RepairOrderForms.VERSION) String version) {}

    /**
     * Work the customer declined at an earlier visit, offered again: the job as it was written then (title, concern,
     * lines) becomes a new job of this order, to be sent for approval like any other.
     */
    @PostMapping("/repair-orders/{id}/jobs/deferred")
    @RequiresPermission(Permission.REPAIR_ORDERS_WRITE)
    ModelAndView addDeferred(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @Valid @ModelAttribute("deferredForm") DeferredForm form,
            BindingResult binding,
            Locale locale) {
        RepairOrder order = detail.order(actor, id);
        if (binding.hasErrors()
                || form.deferredJobId() == null
                || form.deferredJobId().isBlank()) {
            return detail.refused(actor, id, refusals.errors(binding, locale), HttpStatus.BAD_REQUEST);
        }
        UUID wanted = UUID.fromString(form.deferredJobId());
        DeferredJob deferred =
                deferredJobs.forVehicle(actor, order.visit().vehicleId(), false, 100, null).items().stream()
                        .filter(job -> job.id().equals(wanted))
                        .findFirst()
                        .orElseThrow(() -> new NotFoundException("Deferred job"));
        Job declined = orders.find(actor, deferred.repairOrderId())
                .flatMap(earlier -> earlier.job(deferred.jobId()))
                .orElseThrow(() -> new NotFoundException("Deferred job"));
        Job.JobDetails was = declined.details();
        NewJob again = new NewJob(
                new Job.JobDetails(was.title(), was.complaint(), null, null, null, null),
                declined.lines().stream().map(LineDraft::of).toList());
        RepairOrder saved = orders.addJob(actor, order.id(), again, RepairOrderForms.version(form.version()));
        return added(saved);
    }

    /** Back to the order's page at the job just added, the last of its jobs. */
    private static ModelAndView added(RepairOrder order) {
        List<Job> jobs = order.jobs();
        return RepairOrderJobPages.back(
                order, "job-added", jobs.get(jobs.size() - 1).id());
    }
}
