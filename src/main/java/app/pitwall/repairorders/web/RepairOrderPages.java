package app.pitwall.repairorders.web;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.access.RequiresPermission;
import app.pitwall.platform.web.FormErrors;
import app.pitwall.platform.web.LocalRedirects;
import app.pitwall.platform.web.OdometerWarnings;
import app.pitwall.platform.web.Refusals;
import app.pitwall.repairorders.OrderDetails;
import app.pitwall.repairorders.RepairOrder;
import app.pitwall.repairorders.RepairOrders;
import jakarta.validation.Valid;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * A repair order's page and the form for its own details (advisor, technicians, odometer, promised time, concerns,
 * internal notes). The form carries the version it was read at: a save over a newer change is refused with 409, says
 * so and keeps the input, so that saving again overwrites deliberately.
 */
@Controller
class RepairOrderPages {

    private final RepairOrders orders;
    private final RepairOrderDetailPage detail;
    private final RepairOrderLookups lookups;
    private final MessageSource messages;

    RepairOrderPages(
            RepairOrders orders, RepairOrderDetailPage detail, RepairOrderLookups lookups, MessageSource messages) {
        this.orders = orders;
        this.detail = detail;
        this.lookups = lookups;
        this.messages = messages;
    }

    @GetMapping("/repair-orders/{id}")
    @RequiresPermission(Permission.REPAIR_ORDERS_READ)
    ModelAndView detail(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return detail.page(actor, id);
    }

    @GetMapping("/repair-orders/{id}/edit")
    @RequiresPermission(Permission.REPAIR_ORDERS_WRITE)
    ModelAndView edit(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        RepairOrder order = detail.order(actor, id);
        return form(actor, order, current(actor, order), new FormErrors(), HttpStatus.OK);
    }

    @PostMapping("/repair-orders/{id}/edit")
    @RequiresPermission(Permission.REPAIR_ORDERS_WRITE)
    ModelAndView save(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") RepairOrderForms.DetailsForm form,
            BindingResult binding,
            Locale locale) {
        RepairOrder order = detail.order(actor, id);
        if (binding.hasErrors()) {
            RepairOrderForms.DetailsForm kept = Refusals.stale(binding) ? form.withVersion(order.version()) : form;
            boolean lower = OdometerWarnings.lowerThanLast(binding, "odometerIn")
                    || OdometerWarnings.lowerThanLast(binding, "odometerOut");
            ModelAndView page = form(
                    actor,
                    order,
                    kept,
                    FormErrors.of(binding, messages, locale),
                    lower ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.BAD_REQUEST);
            return page.addObject("lowerOdometer", lower);
        }
        ZoneId zone = lookups.zone(actor, order.visit().locationId());
        orders.change(
                actor,
                order.id(),
                form.details(zone),
                form.cleared(),
                form.lowerOdometerConfirmed(),
                RepairOrderForms.version(form.version()));
        return new ModelAndView(LocalRedirects.to("/repair-orders/" + id + "?notice=repair-order-saved"));
    }

    private RepairOrderForms.DetailsForm current(Actor actor, RepairOrder order) {
        OrderDetails details = order.details();
        ZoneId zone = lookups.zone(actor, order.visit().locationId());
        return new RepairOrderForms.DetailsForm(
                details.serviceAdvisorId() == null
                        ? ""
                        : details.serviceAdvisorId().toString(),
                details.technicianIds().stream().map(UUID::toString).toList(),
                details.odometerIn() == null ? "" : details.odometerIn().toString(),
                details.odometerOut() == null ? "" : details.odometerOut().toString(),
                RepairOrderLookups.input(details.promisedAt(), zone),
                String.join("\n", details.concerns()),
                details.internalNotes() == null ? "" : details.internalNotes(),
                String.valueOf(order.version()),
                "");
    }

    private ModelAndView form(
            Actor actor, RepairOrder order, RepairOrderForms.DetailsForm form, FormErrors errors, HttpStatus status) {
        UUID location = order.visit().locationId();
        ModelAndView page = new ModelAndView("repair-orders/edit", status);
        page.addObject("order", order);
        page.addObject("form", form);
        page.addObject("errors", errors);
        page.addObject("lowerOdometer", false);
        List<RepairOrderLookups.Choice> advisors = new java.util.ArrayList<>();
        if (form.serviceAdvisorId() == null || form.serviceAdvisorId().isBlank()) {
            advisors.add(new RepairOrderLookups.Choice("", "—"));
        }
        advisors.addAll(lookups.advisors(actor, location));
        page.addObject("advisors", advisors);
        page.addObject("technicians", lookups.technicians(actor, location));
        page.addObject("timeZone", lookups.zone(actor, location).getId());
        return page;
    }
}
