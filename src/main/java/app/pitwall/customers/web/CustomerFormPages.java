package app.pitwall.customers.web;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.access.RequiresPermission;
import app.pitwall.customers.Customer;
import app.pitwall.customers.CustomerId;
import app.pitwall.customers.Customers;
import app.pitwall.platform.ConflictException;
import app.pitwall.platform.ForbiddenException;
import app.pitwall.platform.InvalidInputException;
import app.pitwall.platform.NotFoundException;
import app.pitwall.platform.web.FormErrors;
import app.pitwall.platform.web.LocalRedirects;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * Registering, changing and deleting customers through forms. A refused form comes back with what was typed and a
 * message at each field; a save over someone else's newer change is refused (the form carries the version it was
 * read at), says so, and keeps the input so that saving again overwrites deliberately.
 */
@Controller
class CustomerFormPages {

    private final Customers customers;
    private final ShopLocations locations;
    private final MessageSource messages;

    CustomerFormPages(Customers customers, ShopLocations locations, MessageSource messages) {
        this.customers = customers;
        this.locations = locations;
        this.messages = messages;
    }

    @GetMapping("/customers/new")
    @RequiresPermission(Permission.CUSTOMERS_WRITE)
    ModelAndView newCustomer(@AuthenticationPrincipal Actor actor) {
        List<ShopLocations.Choice> usable = locations.usableBy(actor);
        UUID location = usable.isEmpty() ? null : usable.get(0).id();
        return form(actor, null, CustomerForm.blank(location), new FormErrors(), HttpStatus.OK);
    }

    @PostMapping("/customers/new")
    @RequiresPermission(Permission.CUSTOMERS_WRITE)
    ModelAndView register(
            @AuthenticationPrincipal Actor actor,
            @Valid @ModelAttribute("form") CustomerForm form,
            BindingResult binding,
            Locale locale) {
        if (binding.hasErrors()) {
            return form(actor, null, form, FormErrors.of(binding, messages, locale), HttpStatus.BAD_REQUEST);
        }
        try {
            Customer customer = customers.register(actor, form.toDetails());
            return CustomerLinks.page(customer.id().value(), "customer-registered");
        } catch (InvalidInputException refused) {
            return form(actor, null, form, refusal(refused, form, locale), HttpStatus.BAD_REQUEST);
        }
    }

    @GetMapping("/customers/{id}/edit")
    @RequiresPermission(Permission.CUSTOMERS_WRITE)
    ModelAndView edit(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        Customer customer = editable(actor, id);
        return form(actor, customer, CustomerForm.of(customer), new FormErrors(), HttpStatus.OK);
    }

    @PostMapping("/customers/{id}/edit")
    @RequiresPermission(Permission.CUSTOMERS_WRITE)
    ModelAndView change(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") CustomerForm form,
            BindingResult binding,
            Locale locale) {
        Customer customer = editable(actor, id);
        if (binding.hasErrors()) {
            return form(actor, customer, form, FormErrors.of(binding, messages, locale), HttpStatus.BAD_REQUEST);
        }
        try {
            customers.change(actor, customer.id(), form.toDetails(), form.expectedVersion());
            return CustomerLinks.page(id, "customer-saved");
        } catch (InvalidInputException refused) {
            return form(actor, customer, form, refusal(refused, form, locale), HttpStatus.BAD_REQUEST);
        } catch (ConflictException conflict) {
            if (!"stale-version".equals(conflict.type())) {
                throw conflict;
            }
            Customer current = editable(actor, id);
            FormErrors errors = new FormErrors().global(messages.getMessage("form.stale", null, locale));
            return form(actor, current, form.withVersion(current.version()), errors, HttpStatus.CONFLICT);
        }
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
        Customer customer = found(actor, id);
        try {
            customers.delete(actor, customer.id());
        } catch (ConflictException conflict) {
            return new ModelAndView(
                    "customers/delete", Map.of("customer", customer, "hasVehicles", true), HttpStatus.CONFLICT);
        }
        return new ModelAndView(LocalRedirects.to("/customers?notice=customer-deleted"));
    }

    private ModelAndView form(Actor actor, Customer customer, CustomerForm form, FormErrors errors, HttpStatus status) {
        ModelAndView page = new ModelAndView("customers/form", status);
        page.addObject("form", form);
        page.addObject("errors", errors);
        page.addObject("customer", customer);
        page.addObject("locations", locations.usableBy(actor));
        return page;
    }

    private FormErrors refusal(InvalidInputException refused, CustomerForm form, Locale locale) {
        return FormErrors.of(refused, form::inputField, messages, locale);
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
