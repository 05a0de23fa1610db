package app.pitwall.customers.web;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.access.RequiresPermission;
import app.pitwall.customers.Customer;
import app.pitwall.customers.CustomerId;
import app.pitwall.customers.Customers;
import app.pitwall.platform.NotFoundException;
import app.pitwall.platform.Page;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The customer list with live search and the customer's page with their vehicles. Contact details (emails, phones,
 * address, notes) appear only for staff holding {@code customers:contact}; technicians see names.
 */
@Controller
class CustomerPages {

    static final int PAGE_SIZE = 25;

    private final Customers customers;
    private final ShopLocations locations;

    CustomerPages(Customers customers, ShopLocations locations) {
        this.customers = customers;
        this.locations = locations;
    }

    /** The list; an htmx request (the search box as it is typed in) gets just the results. */
    @GetMapping("/customers")
    @RequiresPermission(Permission.CUSTOMERS_READ)
    String list(
            @AuthenticationPrincipal Actor actor,
            @RequestParam(defaultValue = "") @Size(max = 100) String q,
            @RequestParam(required = false) @Size(max = 500) String cursor,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model,
            HttpServletResponse response) {
        Page<Customer> page = customers.search(actor, q, PAGE_SIZE, cursor == null || cursor.isBlank() ? null : cursor);
        model.addAttribute("q", q);
        model.addAttribute("page", page);
        model.addAttribute("paged", cursor != null && !cursor.isBlank());
        model.addAttribute("contact", actor.can(Permission.CUSTOMERS_CONTACT));
        model.addAttribute("canWrite", actor.can(Permission.CUSTOMERS_WRITE));
        model.addAttribute("locationNames", locations.names(actor));
        response.addHeader("Vary", "HX-Request");
        return htmx != null ? "customers/list :: results" : "customers/list";
    }

    @GetMapping("/customers/{id}")
    @RequiresPermission(Permission.CUSTOMERS_READ)
    String detail(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Model model) {
        Customer customer =
                customers.find(actor, new CustomerId(id)).orElseThrow(() -> new NotFoundException("Customer"));
        model.addAttribute("customer", customer);
        model.addAttribute(
                "vehicles",
                customers.vehicles(actor, null, customer.id(), 100, null).items().stream()
                        .map(VehicleCard::of)
                        .toList());
        model.addAttribute("locationName", locations.names(actor).get(customer.locationId()));
        model.addAttribute("contact", actor.can(Permission.CUSTOMERS_CONTACT));
        model.addAttribute("canWrite", actor.can(Permission.CUSTOMERS_WRITE));
        model.addAttribute("canDelete", actor.can(Permission.CUSTOMERS_DELETE));
        model.addAttribute("canSeeHistory", actor.can(Permission.AUDIT_READ));
        model.addAttribute("canSeeOrders", actor.can(Permission.REPAIR_ORDERS_READ));
        return "customers/detail";
    }
}
