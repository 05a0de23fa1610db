package app.pitwall.workorders.web;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.access.RequiresPermission;
import app.pitwall.platform.ConflictException;
import app.pitwall.platform.InvalidInputException;
import app.pitwall.platform.web.FormErrors;
import app.pitwall.platform.web.LocalRedirects;
import app.pitwall.workorders.Approvals;
import app.pitwall.workorders.JobApproval;
import app.pitwall.workorders.JobId;
import app.pitwall.workorders.RepairOrder;
import app.pitwall.workorders.RepairOrders;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
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
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Moving a repair order through its statuses from any page (order, job board, my jobs), with a page that asks for the
 * reason of a hold or a cancellation; sending the estimate for approval, which shows the customer's link once; and
 * recording a customer's verbal decision. Who may make which move is the services' decision ({@code
 * WorkOrderPermissions}); the pages only offer the moves it allows.
 */
@Controller
class RepairOrderMovePages {

    private final RepairOrders orders;
    private final Approvals approvals;
    private final RepairOrderDetailPage detail;
    private final RepairOrderLookups lookups;
    private final RepairOrderRefusals refusals;
    private final MessageSource messages;

    RepairOrderMovePages(
            RepairOrders orders,
            Approvals approvals,
            RepairOrderDetailPage detail,
            RepairOrderLookups lookups,
            RepairOrderRefusals refusals,
            MessageSource messages) {
        this.orders = orders;
        this.approvals = approvals;
        this.detail = detail;
        this.lookups = lookups;
        this.refusals = refusals;
        this.messages = messages;
    }

    @GetMapping("/repair-orders/{id}/move")
    @RequiresPermission(Permission.REPAIR_ORDERS_WORK)
    ModelAndView confirm(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestParam @Pattern(regexp = "IN_PROGRESS|ON_HOLD|READY|CANCELLED|AWAITING_APPROVAL") String to,
            @RequestParam(defaultValue = "") String next) {
        RepairOrder order = detail.order(actor, id);
        RepairOrderForms.MoveForm form =
                new RepairOrderForms.MoveForm(to, "", String.valueOf(order.version()), local(next));
        return move(order, form, new FormErrors(), HttpStatus.OK);
    }

    @PostMapping("/repair-orders/{id}/transitions")
    @RequiresPermission(Permission.REPAIR_ORDERS_WORK)
    ModelAndView transition(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") RepairOrderForms.MoveForm form,
            BindingResult binding,
            Locale locale) {
        RepairOrder order = detail.order(actor, id);
        if (binding.hasErrors() || form.to() == null) {
            FormErrors errors = FormErrors.of(binding, messages, locale);
            if (form.to() == null) {
                errors.field("to", messages.getMessage("form.choice.invalid", null, locale));
            }
            return move(order, form, errors, HttpStatus.BAD_REQUEST);
        }
        RepairOrder.Status to = RepairOrder.Status.valueOf(form.to());
        try {
            RepairOrder moved =
                    orders.transition(actor, order.id(), to, form.reason(), RepairOrderForms.version(form.version()));
            return RepairOrderJobPages.back(moved, "repair-order-moved", null, form.next());
        } catch (InvalidInputException | ConflictException refused) {
            RepairOrder now = detail.order(actor, id);
            RepairOrderForms.MoveForm kept = RepairOrderRefusals.stale(refused)
                    ? new RepairOrderForms.MoveForm(
                            form.to(), form.reason(), String.valueOf(now.version()), form.next())
                    : form;
            return move(now, kept, refusals.errors(refused, locale), RepairOrderRefusals.status(refused));
        }
    }

    @PostMapping("/repair-orders/{id}/approval-requests")
    @RequiresPermission(Permission.REPAIR_ORDERS_TRANSITION)
    ModelAndView requestApproval(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @Valid @ModelAttribute("actionForm") RepairOrderForms.ActionForm form,
            BindingResult binding,
            Locale locale) {
        RepairOrder order = detail.order(actor, id);
        if (binding.hasErrors()) {
            return detail.refused(actor, id, FormErrors.of(binding, messages, locale), HttpStatus.BAD_REQUEST);
        }
        try {
            Approvals.ApprovalLink link =
                    approvals.requestApproval(actor, order.id(), RepairOrderForms.version(form.version()));
            ZoneId zone = lookups.zone(actor, order.visit().locationId());
            ModelAndView page = new ModelAndView("repair-orders/approval-link");
            page.addObject("order", link.order());
            page.addObject("url", link.url());
            page.addObject("expires", RepairOrderLookups.shown(link.expiresAt(), zone));
            return page;
        } catch (InvalidInputException | ConflictException refused) {
            return detail.refused(actor, id, refusals.errors(refused, locale), RepairOrderRefusals.status(refused));
        }
    }

    @GetMapping("/repair-orders/{id}/verbal-approval")
    @RequiresPermission(Permission.REPAIR_ORDERS_TRANSITION)
    ModelAndView verbalForm(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        RepairOrder order = detail.order(actor, id);
        return verbal(
                actor, order, RepairOrderForms.VerbalForm.blank(order.version()), new FormErrors(), HttpStatus.OK);
    }

    @PostMapping("/repair-orders/{id}/verbal-approval")
    @RequiresPermission(Permission.REPAIR_ORDERS_TRANSITION)
    ModelAndView recordVerbal(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") RepairOrderForms.VerbalForm form,
            BindingResult binding,
            Locale locale) {
        RepairOrder order = detail.order(actor, id);
        if (binding.hasErrors() || form.method() == null) {
            FormErrors errors = FormErrors.of(binding, messages, locale);
            if (form.method() == null) {
                errors.field("method", messages.getMessage("form.choice.invalid", null, locale));
            }
            return verbal(actor, order, form, errors, HttpStatus.BAD_REQUEST);
        }
        try {
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
            return new ModelAndView(
                    LocalRedirects.to("/repair-orders/" + id + "?notice=verbal-approval-recorded#jobs"));
        } catch (InvalidInputException | ConflictException refused) {
            RepairOrder now = detail.order(actor, id);
            RepairOrderForms.VerbalForm kept =
                    RepairOrderRefusals.stale(refused) ? form.withVersion(now.version()) : form;
            return verbal(actor, now, kept, verbalErrors(refused, locale), RepairOrderRefusals.status(refused));
        }
    }

    private FormErrors verbalErrors(RuntimeException refused, Locale locale) {
        if (refused instanceof InvalidInputException invalid) {
            return FormErrors.of(
                    invalid,
                    field -> switch (field.replaceAll("\\[\\d+]", "")) {
                        case "jobIds" -> "approve";
                        case "declinedJobIds" -> "decline";
                        default -> field.replaceAll("\\[\\d+]", "");
                    },
                    messages,
                    locale);
        }
        return refusals.errors(refused, locale);
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

    private ModelAndView move(RepairOrder order, RepairOrderForms.MoveForm form, FormErrors errors, HttpStatus status) {
        ModelAndView page = new ModelAndView("repair-orders/move", status);
        page.addObject("order", order);
        page.addObject("form", form);
        page.addObject("errors", errors);
        RepairOrder.Status target = status(form.to());
        page.addObject("target", target == null ? null : target.name());
        page.addObject("needsReason", target != null && RepairOrderPageViews.needsReason(target));
        page.addObject(
                "back",
                local(form.next()).isEmpty() ? "/repair-orders/" + order.id().value() : form.next());
        return page;
    }

    private ModelAndView verbal(
            Actor actor, RepairOrder order, RepairOrderForms.VerbalForm form, FormErrors errors, HttpStatus status) {
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

    private static RepairOrder.Status status(String name) {
        try {
            return name == null ? null : RepairOrder.Status.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String local(String next) {
        return LocalRedirects.isLocalPath(next) ? next : "";
    }
}
