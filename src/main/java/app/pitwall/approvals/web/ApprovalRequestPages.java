package app.pitwall.approvals.web;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.access.RequiresPermission;
import app.pitwall.approvals.Approvals;
import app.pitwall.platform.InvalidInputException;
import app.pitwall.platform.web.FormErrors;
import app.pitwall.platform.web.LocalRedirects;
import app.pitwall.platform.web.Refusals;
import app.pitwall.repairorders.JobApproval;
import app.pitwall.repairorders.JobId;
import app.pitwall.repairorders.RepairOrder;
import app.pitwall.repairorders.web.RepairOrderDetailPage;
import app.pitwall.repairorders.web.RepairOrderForms;
import app.pitwall.repairorders.web.RepairOrderLookups;
import app.pitwall.repairorders.web.RepairOrderRefusals;
import jakarta.validation.Valid;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Asking the customer from an order's page: sending the estimate for approval, which shows the customer's link once,
 * and recording a customer's verbal decision. A refusal shows the order's page (or the form) with what was wrong.
 */
@Controller
class ApprovalRequestPages {

    private final Approvals approvals;
    private final RepairOrderDetailPage detail;
    private final RepairOrderLookups lookups;
    private final RepairOrderRefusals refusals;
    private final MessageSource messages;

    ApprovalRequestPages(
            Approvals approvals,
            RepairOrderDetailPage detail,
            RepairOrderLookups lookups,
            RepairOrderRefusals refusals,
            MessageSource messages) {
        this.approvals = approvals;
        this.detail = detail;
        this.lookups = lookups;
        this.refusals = refusals;
        this.messages = messages;
    }

    /**
     * Sends the estimate and answers with a redirect to the page that shows the customer's link (post/redirect/get),
     * so reload and Back are harmless. The link travels as a flash attribute, never in the URL, and is shown once.
     */
    @PostMapping("/repair-orders/{id}/approval-requests")
    @RequiresPermission(Permission.REPAIR_ORDERS_TRANSITION)
    ModelAndView requestApproval(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @Valid @ModelAttribute("actionForm") RepairOrderForms.ActionForm form,
            BindingResult binding,
            Locale locale,
            RedirectAttributes flash) {
        RepairOrder order = detail.order(actor, id);
        if (binding.hasErrors()) {
            return detail.refused(actor, id, refusals.errors(binding, locale), HttpStatus.BAD_REQUEST);
        }
        Approvals.ApprovalLink link =
                approvals.requestApproval(actor, order.id(), RepairOrderForms.version(form.version()));
        flash.addFlashAttribute("url", link.url());
        flash.addFlashAttribute(
                "expires",
                RepairOrderLookups.shown(
                        link.expiresAt(), lookups.zone(actor, order.visit().locationId())));
        return new ModelAndView(LocalRedirects.to("/repair-orders/" + id + "/approval-link"));
    }

    /** The customer's link, once, right after sending; later (a reload, Back) it says the link was shown. */
    @GetMapping("/repair-orders/{id}/approval-link")
    @RequiresPermission(Permission.REPAIR_ORDERS_TRANSITION)
    ModelAndView approvalLink(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
        ModelAndView page = new ModelAndView("repair-orders/approval-link");
        page.addObject("order", detail.order(actor, id));
        page.addObject("url", model.getAttribute("url"));
        page.addObject("expires", model.getAttribute("expires"));
        return page;
    }

    @GetMapping("/repair-orders/{id}/verbal-approval")
    @RequiresPermission(Permission.REPAIR_ORDERS_TRANSITION)
    ModelAndView verbalForm(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        RepairOrder order = detail.order(actor, id);
        return verbal(actor, order, VerbalForm.blank(order.version()), new FormErrors(), HttpStatus.OK);
    }

    @PostMapping("/repair-orders/{id}/verbal-approval")
    @RequiresPermission(Permission.REPAIR_ORDERS_TRANSITION)
    ModelAndView recordVerbal(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") VerbalForm form,
            BindingResult binding,
            Locale locale) {
        RepairOrder order = detail.order(actor, id);
        if (form.method() == null) {
            binding.rejectValue("method", "form.choice.invalid");
        }
        if (binding.hasErrors()) {
            VerbalForm kept = Refusals.stale(binding) ? form.withVersion(order.version()) : form;
            return verbal(actor, order, kept, refusals.errors(binding, locale), HttpStatus.BAD_REQUEST);
        }
        ZoneId zone = lookups.zone(actor, order.visit().locationId());
        Instant at = form.at() == null || form.at().isBlank() ? null : atTime(form.at(), zone);
        approvals.recordVerbal(
                actor,
                order.id(),
                new Approvals.VerbalApproval(
                        jobs(form.approve()),
                        jobs(form.decline()),
                        form.approvedBy(),
                        JobApproval.Method.valueOf(form.method()),
                        at),
                RepairOrderForms.version(form.version()));
        return new ModelAndView(LocalRedirects.to("/repair-orders/" + id + "?notice=verbal-approval-recorded#jobs"));
    }

    private static Instant atTime(String text, ZoneId zone) {
        try {
            return RepairOrderForms.time(text, zone);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("at", "form.time.invalid");
        }
    }

    private static List<JobId> jobs(List<String> ids) {
        return ids == null
                ? List.of()
                : ids.stream()
                        .filter(text -> text != null && !text.isBlank())
                        .map(text -> new JobId(UUID.fromString(text)))
                        .toList();
    }

    private ModelAndView verbal(Actor actor, RepairOrder order, VerbalForm form, FormErrors errors, HttpStatus status) {
        ModelAndView page = new ModelAndView("repair-orders/verbal", status);
        page.addObject("order", order);
        page.addObject("form", form);
        page.addObject("errors", errors);
        page.addObject("jobs", detail.jobsOf(actor, order));
        page.addObject(
                "methods",
                List.of(
                        new RepairOrderLookups.Choice(
                                "PHONE", messages.getMessage("ro.method.PHONE", null, LocaleContextHolder.getLocale())),
                        new RepairOrderLookups.Choice(
                                "IN_PERSON",
                                messages.getMessage("ro.method.IN_PERSON", null, LocaleContextHolder.getLocale()))));
        page.addObject(
                "timeZone", lookups.zone(actor, order.visit().locationId()).getId());
        return page;
    }
}
