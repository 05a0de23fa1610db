package app.pitwall.customers.web;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.access.RequiresPermission;
import app.pitwall.customers.Customer;
import app.pitwall.customers.CustomerId;
import app.pitwall.customers.Customers;
import app.pitwall.customers.Vehicle;
import app.pitwall.customers.VehicleId;
import app.pitwall.customers.Vin;
import app.pitwall.platform.NotFoundException;
import app.pitwall.platform.web.Refusals;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
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
 * Adding a vehicle to a customer, changing it (and adding an odometer reading) and deleting it, through forms that
 * keep the input on refusal like the customer forms. After a save the customer's page shows the vehicle with what the
 * VIN check found, warnings included.
 */
@Controller
class VehicleFormPages {

    private final Customers customers;
    private final ShopLocations locations;
    private final Clock clock;

    VehicleFormPages(Customers customers, ShopLocations locations, Clock clock) {
        this.customers = customers;
        this.locations = locations;
        this.clock = clock;
    }

    @GetMapping("/customers/{id}/vehicles/new")
    @RequiresPermission(Permission.CUSTOMERS_WRITE)
    ModelAndView newVehicle(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return form(owner(actor, id), null, VehicleForm.blank(Vehicle.Unit.MI), HttpStatus.OK);
    }

    @PostMapping("/customers/{id}/vehicles/new")
    @RequiresPermission(Permission.CUSTOMERS_WRITE)
    ModelAndView register(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") VehicleForm form,
            BindingResult binding) {
        Customer owner = owner(actor, id);
        if (binding.hasErrors()) {
            return form(owner, null, form, HttpStatus.BAD_REQUEST);
        }
        Vehicle vehicle = customers.registerVehicle(actor, form.toDetails(id, today(actor, owner)));
        return CustomerLinks.vehicle(id, vehicle.id().value(), "vehicle-added");
    }

    @GetMapping("/vehicles/{id}/edit")
    @RequiresPermission(Permission.CUSTOMERS_WRITE)
    ModelAndView edit(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        Vehicle vehicle = found(actor, id);
        return form(owner(actor, vehicle.customerId().value()), vehicle, VehicleForm.of(vehicle), HttpStatus.OK);
    }

    /** A save over someone else's newer change shows the form again at the current version, input kept. */
    @PostMapping("/vehicles/{id}/edit")
    @RequiresPermission(Permission.CUSTOMERS_WRITE)
    ModelAndView change(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") VehicleForm form,
            BindingResult binding) {
        Vehicle vehicle = found(actor, id);
        Customer owner = owner(actor, vehicle.customerId().value());
        if (binding.hasErrors()) {
            return form(owner, vehicle, form, HttpStatus.BAD_REQUEST)
                    .addObject("version", Refusals.stale(binding) ? vehicle.version() : form.version());
        }
        customers.changeVehicle(
                actor, vehicle.id(), form.toDetails(owner.id().value(), today(actor, owner)), form.expectedVersion());
        return CustomerLinks.vehicle(owner.id().value(), id, "vehicle-saved");
    }

    @GetMapping("/vehicles/{id}/delete")
    @RequiresPermission(Permission.CUSTOMERS_DELETE)
    ModelAndView confirmDelete(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        Vehicle vehicle = found(actor, id);
        return new ModelAndView(
                "vehicles/delete",
                Map.of(
                        "card",
                        VehicleCard.of(vehicle),
                        "owner",
                        owner(actor, vehicle.customerId().value())));
    }

    @PostMapping("/vehicles/{id}/delete")
    @RequiresPermission(Permission.CUSTOMERS_DELETE)
    ModelAndView delete(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        Vehicle vehicle = found(actor, id);
        customers.deleteVehicle(actor, vehicle.id(), null);
        return CustomerLinks.page(vehicle.customerId().value(), "vehicle-deleted");
    }

    private ModelAndView form(Customer owner, Vehicle vehicle, VehicleForm form, HttpStatus status) {
        ModelAndView page = new ModelAndView("vehicles/form", status);
        page.addObject("form", form);
        page.addObject("version", form.version());
        page.addObject("owner", owner);
        page.addObject("vehicle", vehicle == null ? null : VehicleCard.of(vehicle));
        page.addObject("check", form.vin() == null || form.vin().isBlank() ? null : Vin.check(form.vin()));
        return page;
    }

    /** Today where the customer is served, for dating an odometer reading. */
    private LocalDate today(Actor actor, Customer owner) {
        return LocalDate.now(clock.withZone(locations.zoneOf(actor, owner.locationId())));
    }

    private Customer owner(Actor actor, UUID id) {
        return customers.find(actor, new CustomerId(id)).orElseThrow(() -> new NotFoundException("Customer"));
    }

    private Vehicle found(Actor actor, UUID id) {
        return customers.findVehicle(actor, new VehicleId(id)).orElseThrow(() -> new NotFoundException("Vehicle"));
    }
}
