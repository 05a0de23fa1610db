package app.pitwall.shopsetup.web;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.access.RequiresPermission;
import app.pitwall.platform.NotFoundException;
import app.pitwall.platform.web.Amount;
import app.pitwall.platform.web.LocalRedirects;
import app.pitwall.platform.web.Refusals;
import app.pitwall.shopsetup.LaborRate;
import app.pitwall.shopsetup.LaborRateId;
import app.pitwall.shopsetup.ShopSetup;
import app.pitwall.tenancy.ActorLocations;
import app.pitwall.tenancy.Location;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
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
 * {@code /settings/labor-rates}: a location's hourly labor rates, in its currency, one of them the default that labor
 * lines take. Managers add and change them; an order's labor lines keep the rate they were written with. Refused input
 * answers 400, a stale save 409, both keeping what was typed.
 */
@Controller
class LaborRateSettingsPages {

    static final String PATH = "/settings/labor-rates";

    private final ShopSetup setup;
    private final ActorLocations locations;

    LaborRateSettingsPages(ShopSetup setup, ActorLocations locations) {
        this.setup = setup;
        this.locations = locations;
    }

    /** The rate form: a rate as people type it ({@code $145.00}); an unticked box is not sent. */
    record RateForm(
            @Size(max = 60) String name,

            @NotNull(message = "{form.decimal.invalid}") @Amount
            BigDecimal hourlyRate,

            Boolean isDefault,
            Boolean active,

            @Pattern(regexp = "^$|[0-9]{1,9}", message = "{form.version.invalid}")
            String version) {

        boolean ticked(Boolean box) {
            return Boolean.TRUE.equals(box);
        }
    }

    @GetMapping(PATH)
    @RequiresPermission(Permission.LOCATIONS_MANAGE)
    ModelAndView list(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String location) {
        return list(actor, locations.chosen(actor, location), new RateForm("", null, false, true, ""), HttpStatus.OK);
    }

    @PostMapping(PATH)
    @RequiresPermission(Permission.LOCATIONS_MANAGE)
    ModelAndView add(
            @AuthenticationPrincipal Actor actor,
            @RequestParam(defaultValue = "") String locationId,
            @Valid @ModelAttribute("form") RateForm form,
            BindingResult binding) {
        Location shop = locations.chosen(actor, locationId.isBlank() ? "-" : locationId);
        if (binding.hasErrors()) {
            return Refusals.show(list(actor, shop, form, HttpStatus.BAD_REQUEST), "form", form, binding);
        }
        setup.addLaborRate(actor, shop.id().value(), form.name(), form.hourlyRate(), form.ticked(form.isDefault()));
        return new ModelAndView(
                LocalRedirects.to(PATH + "?location=" + shop.id().value() + "&notice=labor-rate-added"));
    }

    @GetMapping(PATH + "/{id}")
    @RequiresPermission(Permission.LOCATIONS_MANAGE)
    ModelAndView edit(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        LaborRate rate = found(actor, id);
        RateForm form = new RateForm(
                rate.name(), rate.hourlyRate(), rate.isDefault(), rate.active(), Integer.toString(rate.version()));
        return edit(actor, rate, form, HttpStatus.OK);
    }

    /** A save over someone else's newer change shows the form again at the current version, input kept. */
    @PostMapping(PATH + "/{id}")
    @RequiresPermission(Permission.LOCATIONS_MANAGE)
    ModelAndView change(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") RateForm form,
            BindingResult binding) {
        LaborRate current = found(actor, id);
        if (form.version() == null || form.version().isBlank()) {
            binding.reject("form.version.invalid");
        }
        if (binding.hasErrors()) {
            return Refusals.show(edit(actor, current, form, HttpStatus.BAD_REQUEST), "form", form, binding)
                    .addObject("version", Refusals.stale(binding) ? current.version() : form.version());
        }
        setup.changeLaborRate(
                actor,
                current.id(),
                form.name(),
                form.hourlyRate(),
                form.ticked(form.isDefault()),
                form.ticked(form.active()),
                Integer.valueOf(form.version()));
        return new ModelAndView(
                LocalRedirects.to(PATH + "?location=" + current.locationId() + "&notice=labor-rate-saved"));
    }

    private ModelAndView list(Actor actor, Location shop, RateForm form, HttpStatus status) {
        ModelAndView page = new ModelAndView("settings/labor-rates", status);
        page.addObject("rates", setup.laborRates(actor, shop.id().value()));
        page.addObject("location", shop.id().value().toString());
        page.addObject("locationName", shop.name());
        page.addObject("currency", shop.currency().getCurrencyCode());
        page.addObject("locations", locations.choices(actor));
        page.addObject("form", form);
        page.addObject("version", form.version());
        page.addObject("owner", actor.can(Permission.SETTINGS_MANAGE));
        return page;
    }

    private ModelAndView edit(Actor actor, LaborRate rate, RateForm form, HttpStatus status) {
        Location shop = locations.of(actor, rate.locationId());
        ModelAndView page = new ModelAndView("settings/labor-rate", status);
        page.addObject("rate", rate);
        page.addObject("locationName", shop.name());
        page.addObject("currency", shop.currency().getCurrencyCode());
        page.addObject("form", form);
        page.addObject("version", form.version());
        page.addObject("owner", actor.can(Permission.SETTINGS_MANAGE));
        return page;
    }

    /** A decimal amount as typed, or null when it is not one. */
    static BigDecimal amount(String text) {
        String value = text.strip();
        if (!value.matches("[0-9]{1,9}(\\.[0-9]{1,6})?")) {
            return null;
        }
        return new BigDecimal(value);
    }

    private LaborRate found(Actor actor, UUID id) {
        return setup.laborRate(actor, new LaborRateId(id)).orElseThrow(() -> new NotFoundException("Labor rate"));
    }
}
