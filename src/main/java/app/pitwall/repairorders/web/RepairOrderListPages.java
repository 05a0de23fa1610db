package app.pitwall.repairorders.web;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.access.RequiresPermission;
import app.pitwall.customers.Customer;
import app.pitwall.customers.CustomerId;
import app.pitwall.customers.Customers;
import app.pitwall.platform.InvalidInputException;
import app.pitwall.platform.Page;
import app.pitwall.platform.web.FormErrors;
import app.pitwall.platform.web.Formats;
import app.pitwall.platform.web.LocalRedirects;
import app.pitwall.platform.web.OdometerWarnings;
import app.pitwall.repairorders.NewRepairOrder;
import app.pitwall.repairorders.RepairOrder;
import app.pitwall.repairorders.RepairOrderQuery;
import app.pitwall.repairorders.RepairOrderSummary;
import app.pitwall.repairorders.RepairOrders;
import app.pitwall.repairorders.WorkOrderPermissions;
import app.pitwall.tenancy.Location;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The repair-order list (filtered by status, searched by number, customer or vehicle) and the walk-in form, which
 * finds the customer through the customers module and offers their vehicles.
 */
@Controller
class RepairOrderListPages {

    static final int PAGE_SIZE = 25;

    private final RepairOrders orders;
    private final Customers customers;
    private final RepairOrderLookups lookups;
    private final MessageSource messages;

    RepairOrderListPages(RepairOrders orders, Customers customers, RepairOrderLookups lookups, MessageSource messages) {
        this.orders = orders;
        this.customers = customers;
        this.lookups = lookups;
        this.messages = messages;
    }

    /** One row of the list; {@code total} is null for staff who do not see money. */
    record Row(
            UUID id,
            long number,
            String status,
            String customerName,
            String vehicleLabel,
            String locationName,
            String promised,
            int jobCount,
            int jobsDone,
            String total) {}

    @GetMapping("/repair-orders")
    @RequiresPermission(Permission.REPAIR_ORDERS_READ)
    String list(
            @AuthenticationPrincipal Actor actor,
            @RequestParam(defaultValue = "") @Size(max = 100) String q,
            @RequestParam(defaultValue = "") @Pattern(regexp = "|open|[A-Z_]{5,20}") String status,
            @RequestParam(required = false) @Size(max = 500) String cursor,
            @RequestParam(defaultValue = "") @Pattern(regexp = RepairOrderForms.UUID_TEXT) String customerId,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model,
            HttpServletResponse response) {
        Set<RepairOrder.Status> statuses = statuses(status);
        UUID customer = customerId.isBlank() ? null : UUID.fromString(customerId);
        Page<RepairOrderSummary> page = orders.list(
                actor,
                new RepairOrderQuery(null, statuses, null, null, customer, null, q.isBlank() ? null : q.strip()),
                PAGE_SIZE,
                cursor == null || cursor.isBlank() ? null : cursor);
        Map<UUID, Location> locations = lookups.locations(actor);
        boolean money = WorkOrderPermissions.seesMoney(actor);
        model.addAttribute(
                "rows",
                page.items().stream()
                        .map(order -> row(order, locations.get(order.locationId()), money))
                        .toList());
        model.addAttribute("next", page.nextCursor());
        model.addAttribute("paged", cursor != null && !cursor.isBlank());
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("customerId", customerId);
        model.addAttribute(
                "statuses",
                Arrays.stream(RepairOrder.Status.values()).map(Enum::name).toList());
        model.addAttribute("money", money);
        model.addAttribute("manyLocations", lookups.usableLocations(actor).size() > 1);
        model.addAttribute("canWrite", actor.can(Permission.REPAIR_ORDERS_WRITE));
        response.addHeader("Vary", "HX-Request");
        return htmx != null ? "repair-orders/list :: results" : "repair-orders/list";
    }

    /** The walk-in form: search a customer ({@code q}), choose one ({@code customerId}), then their vehicle. */
    @GetMapping("/repair-orders/new")
    @RequiresPermission(Permission.REPAIR_ORDERS_WRITE)
    ModelAndView newOrder(
            @AuthenticationPrincipal Actor actor,
            @RequestParam(defaultValue = "") @Size(max = 100) String q,
            @RequestParam(defaultValue = "") @Pattern(regexp = RepairOrderForms.UUID_TEXT) String customerId) {
        Customer customer = customerId.isBlank()
                ? null
                : customers
                        .find(actor, new CustomerId(UUID.fromString(customerId)))
                        .orElseThrow(() -> new app.pitwall.platform.NotFoundException("Customer"));
        String location = customer != null && actor.mayUse(customer.locationId())
                ? customer.locationId().toString()
                : lookups.usableLocations(actor).stream()
                        .findFirst()
                        .map(found -> found.id().value().toString())
                        .orElse("");
        return form(actor, q, RepairOrderForms.WalkInForm.blank(location, customerId), new FormErrors(), HttpStatus.OK);
    }

    @PostMapping("/repair-orders/new")
    @RequiresPermission(Permission.REPAIR_ORDERS_WRITE)
    ModelAndView open(
            @AuthenticationPrincipal Actor actor,
            @Valid @ModelAttribute("form") RepairOrderForms.WalkInForm form,
            BindingResult binding,
            Locale locale) {
        if (binding.hasErrors()) {
            boolean lower = OdometerWarnings.lowerThanLast(binding, "odometerIn");
            return form(
                            actor,
                            "",
                            form,
                            FormErrors.of(binding, messages, locale),
                            lower ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.BAD_REQUEST)
                    .addObject("lowerOdometer", lower);
        }
        UUID location = RepairOrderForms.uuid(form.locationId());
        RepairOrder order = orders.open(
                actor,
                new NewRepairOrder(
                        location,
                        RepairOrderForms.uuid(form.customerId()),
                        RepairOrderForms.uuid(form.vehicleId()),
                        form.details(lookups.zone(actor, location)),
                        List.of(),
                        null,
                        form.lowerOdometerConfirmed()));
        return new ModelAndView(
                LocalRedirects.to("/repair-orders/" + order.id().value() + "?notice=repair-order-opened"));
    }

    private ModelAndView form(
            Actor actor, String q, RepairOrderForms.WalkInForm form, FormErrors errors, HttpStatus status) {
        Customer customer = null;
        UUID customerId = safeUuid(form.customerId());
        if (customerId != null) {
            customer = customers.find(actor, new CustomerId(customerId)).orElse(null);
        }
        ModelAndView page = new ModelAndView("repair-orders/new", status);
        page.addObject("form", form);
        page.addObject("errors", errors);
        page.addObject("lowerOdometer", false);
        page.addObject("q", q);
        page.addObject("customer", customer);
        page.addObject(
                "matches",
                customer == null && !q.isBlank()
                        ? customers.search(actor, q.strip(), 10, null).items()
                        : List.<Customer>of());
        page.addObject(
                "vehicles",
                customer == null
                        ? List.of()
                        : customers.vehicles(actor, null, customer.id(), 50, null).items().stream()
                                .map(vehicle -> new RepairOrderLookups.Choice(
                                        vehicle.id().value().toString(), vehicle.label()))
                                .toList());
        page.addObject("locations", lookups.locationChoices(actor));
        return page;
    }

    static String inputOf(String field) {
        return field.replaceAll("\\[\\d+]", "");
    }

    private static UUID safeUuid(String text) {
        try {
            return RepairOrderForms.uuid(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Set<RepairOrder.Status> statuses(String status) {
        if (status.isBlank()) {
            return Set.of();
        }
        if (status.equals("open")) {
            return Set.of(
                    RepairOrder.Status.ESTIMATE,
                    RepairOrder.Status.AWAITING_APPROVAL,
                    RepairOrder.Status.APPROVED,
                    RepairOrder.Status.IN_PROGRESS,
                    RepairOrder.Status.ON_HOLD,
                    RepairOrder.Status.READY);
        }
        try {
            return Set.of(RepairOrder.Status.valueOf(status));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "not a repair-order status");
        }
    }

    private static Row row(RepairOrderSummary order, Location location, boolean money) {
        java.time.ZoneId zone = location == null ? java.time.ZoneOffset.UTC : location.timeZone();
        return new Row(
                order.id().value(),
                order.number(),
                order.status().name(),
                order.customerName(),
                order.vehicleLabel(),
                location == null ? "" : location.name(),
                RepairOrderLookups.shown(order.promisedAt(), zone),
                order.jobCount(),
                order.jobsDone(),
                money && order.total() != null
                        ? new Formats(order.currency(), zone, LocaleContextHolder.getLocale()).money(order.total())
                        : null);
    }
}
