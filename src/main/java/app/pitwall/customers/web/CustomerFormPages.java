package app.pitwall.customers.web;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.access.RequiresPermission;
import app.pitwall.customers.Customer;
import app.pitwall.customers.CustomerId;
import app.pitwall.customers.Customers;
import app.pitwall.platform.ForbiddenException;
import app.pitwall.platform.NotFoundException;
import app.pitwall.platform.web.LocalRedirects;
import app.pitwall.platform.web.Refusals;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
 * Registering, changing and deleting customers through forms bound to {@link CustomerForm}. A refused form (by Bean
 * Validation here, or by the service through the page advice) comes back with what was typed and every message at
 * its field; a save over someone else's newer change (the form carries the version it was read at) says so and keeps
 * the input.
 */
@Controller
class CustomerFormPages {

    private final Customers customers;
    private final ShopLocations locations;

    CustomerFormPages(Customers customers, ShopLocations locations) {
        this.customers = customers;
        this.locations = locations;
    }

    @GetMapping("/customers/new")
    @RequiresPermission(Permission.CUSTOMERS_WRITE)
    ModelAndView newCustomer(@AuthenticationPrincipal Actor actor) {
        List<ShopLocations.Choice> usable = locations.usableBy(actor);
        UUID location = usable.isEmpty() ? null : usable.get(0).id();
        return form(actor, null, CustomerForm.blank(location), HttpStatus.OK);
    }

    @PostMapping("/customers/new")
    @RequiresPermission(Permission.CUSTOMERS_WRITE)
    ModelAndView register(
            @AuthenticationPrincipal Actor actor,
            @Valid @ModelAttribute("form") CustomerForm form,
            BindingResult binding) {
        if (binding.hasErrors()) {
            return form(actor, null, form, HttpStatus.BAD_REQUEST);
        }
        Customer customer = customers.register(actor, form.toDetails());
        return CustomerLinks.page(customer.id().value(), "customer-registered");
    }

    @GetMapping("/customers/{id}/edit")
    @RequiresPermission(Permission.CUSTOMERS_WRITE)
    ModelAndView edit(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        Customer customer = editable(actor, id);
        return form(actor, customer, CustomerForm.of(customer), HttpStatus.OK);
    }

    /**
     * A save over someone else's newer change is refused and shows the form again with the current version, so that
     * saving once more overwrites deliberately.
     */
    @PostMapping("/customers/{id}/edit")
    @RequiresPermission(Permission.CUSTOMERS_WRITE)
    ModelAndView change(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") CustomerForm form,
            BindingResult binding) {
        Customer customer = editable(actor, id);
        if (binding.hasErrors()) {
            return form(actor, customer, form, HttpStatus.BAD_REQUEST)
                    .addObject("version", Refusals.stale(binding) ? customer.version() : form.version());
        }
        customers.change(actor, customer.id(), form.toDetails(), form.expectedVersion());
        return CustomerLinks.page(id, "customer-saved");
    }

    @GetMapping("/customers/{id}/delete")
    @RequiresPermission(Permission.CUSTOMERS_DELETE)
    ModelAndView confirmDelete(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        Customer customer = found(actor, id);
        boolean hasVehicles =
                !customers.vehicles(actor, null, customer.id(), 1, null).items().isEmpty();
        return new ModelAndView("customers/delete", Map.of("customer", customer, "hasVehicles", hasVehicles));
    }

    @PostMapping("/customers/{id}/delete")
    @RequiresPermission(Permission.CUSTOMERS_DELETE)
    ModelAndView delete(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        customers.delete(actor, found(actor, id).id(), null);
        return new ModelAndView(LocalRedirects.to("/customers?notice=customer-deleted"));
    }

    private ModelAndView form(Actor actor, Customer customer, CustomerForm form, HttpStatus status) {
        ModelAndView page = new ModelAndView("customers/form", status);
        page.addObject("form", form);
        page.addObject("version", form.version());
        page.addObject("customer", customer);
        page.addObject("locations", locations.usableBy(actor));
        return page;
    }

    private Customer found(Actor actor, UUID id) {
        return customers.find(actor, new CustomerId(id)).orElseThrow(() -> new NotFoundException("Customer"));
    }

    /** A customer whose form may be shown: editing shows contact details, so it needs that permission too. */
    private Customer editable(Actor actor, UUID id) {
        if (!actor.can(Permission.CUSTOMERS_CONTACT)) {
            throw new ForbiddenException("Editing a customer needs customers:contact.");
        }
        return found(actor, id);
    }
}
