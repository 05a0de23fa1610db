package app.pitwall.repairorders.web;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.access.RequiresPermission;
import app.pitwall.platform.web.LocalRedirects;
import app.pitwall.platform.web.Refusals;
import app.pitwall.repairorders.RepairOrder;
import app.pitwall.repairorders.RepairOrders;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
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
 * Moving a repair order through its statuses from any page (order, job board, my jobs), with a page that asks for the
 * reason of a hold or a cancellation. Who may make which move is the services' decision ({@code
 * WorkOrderPermissions}); the pages only offer the moves it allows.
 */
@Controller
class RepairOrderMovePages {

    private final RepairOrders orders;
    private final RepairOrderDetailPage detail;

    RepairOrderMovePages(RepairOrders orders, RepairOrderDetailPage detail) {
        this.orders = orders;
        this.detail = detail;
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
        return move(order, form, null, HttpStatus.OK);
    }

    @PostMapping("/repair-orders/{id}/transitions")
    @RequiresPermission(Permission.REPAIR_ORDERS_WORK)
    ModelAndView transition(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") RepairOrderForms.MoveForm form,
            BindingResult binding) {
        RepairOrder order = detail.order(actor, id);
        if (form.to() == null) {
            binding.rejectValue("to", "form.choice.invalid");
        }
        if (binding.hasErrors()) {
            return move(order, form, binding, HttpStatus.BAD_REQUEST);
        }
        RepairOrder.Status to = RepairOrder.Status.valueOf(form.to());
        RepairOrder moved =
                orders.transition(actor, order.id(), to, form.reason(), RepairOrderForms.version(form.version()));
        return RepairOrderJobPages.back(moved, "repair-order-moved", null, form.next());
    }

    /** The move's page; after a save over someone else's change, at the order's current version, input kept. */
    private ModelAndView move(
            RepairOrder order, RepairOrderForms.MoveForm form, BindingResult binding, HttpStatus status) {
        ModelAndView page = new ModelAndView("repair-orders/move", status);
        page.addObject("order", order);
        Refusals.show(page, "form", form, binding);
        page.addObject(
                "version",
                binding != null && Refusals.stale(binding) ? String.valueOf(order.version()) : form.version());
        RepairOrder.Status target = status(form.to());
        page.addObject("target", target == null ? null : target.name());
        page.addObject("needsReason", target != null && RepairOrderPageViews.needsReason(target));
        page.addObject(
                "back",
                local(form.next()).isEmpty() ? "/repair-orders/" + order.id().value() : form.next());
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
