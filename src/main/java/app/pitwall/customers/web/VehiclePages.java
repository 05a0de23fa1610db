package app.pitwall.customers.web;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.access.RequiresPermission;
import app.pitwall.customers.Customer;
import app.pitwall.customers.CustomerId;
import app.pitwall.customers.Customers;
import app.pitwall.customers.Vehicle;
import app.pitwall.customers.Vin;
import app.pitwall.platform.Page;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The vehicle list, searched by plate or VIN fragment, and the VIN check the vehicle form asks for as a VIN is typed.
 */
@Controller
class VehiclePages {

    private final Customers customers;

    VehiclePages(Customers customers) {
        this.customers = customers;
    }

    @GetMapping("/vehicles")
    @RequiresPermission(Permission.CUSTOMERS_READ)
    String list(
            @AuthenticationPrincipal Actor actor,
            @RequestParam(defaultValue = "") @Size(max = 40) String q,
            @RequestParam(required = false) @Size(max = 500) String cursor,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model,
            HttpServletResponse response) {
        Page<Vehicle> page = customers.vehicles(
                actor, q, null, CustomerPages.PAGE_SIZE, cursor == null || cursor.isBlank() ? null : cursor);
        Map<UUID, String> owners = new LinkedHashMap<>();
        for (Vehicle vehicle : page.items()) {
            owners.computeIfAbsent(
                    vehicle.customerId().value(),
                    id -> customers
                            .find(actor, new CustomerId(id))
                            .map(Customer::displayName)
                            .orElse(""));
        }
        model.addAttribute("q", q);
        model.addAttribute("page", page.map(VehicleCard::of));
        model.addAttribute("paged", cursor != null && !cursor.isBlank());
        model.addAttribute("owners", owners);
        response.addHeader("Vary", "HX-Request");
        return htmx != null ? "vehicles/list :: results" : "vehicles/list";
    }

    /** What the VIN check says about a VIN as typed: refused and why, or accepted with manufacturer and warnings. */
    @GetMapping("/vehicles/vin-check")
    @RequiresPermission(Permission.CUSTOMERS_WRITE)
    String vinCheck(@RequestParam(defaultValue = "") @Size(max = 32) String vin, Model model) {
        model.addAttribute("check", vin.isBlank() ? null : Vin.check(vin));
        return "vehicles/form :: vin-check";
    }
}
