package app.pitwall.shopsetup.web;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.access.RequiresPermission;
import app.pitwall.platform.NotFoundException;
import app.pitwall.platform.web.LocalRedirects;
import app.pitwall.platform.web.Refusals;
import app.pitwall.shopsetup.Bay;
import app.pitwall.shopsetup.BayId;
import app.pitwall.shopsetup.ShopSetup;
import app.pitwall.tenancy.ActorLocations;
import app.pitwall.tenancy.Location;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
 * {@code /settings/bays}: a location's service bays, the calendar's places. Managers add, rename and retire them
 * (a retired bay keeps its history but takes no new appointments). Refused input answers 400, a stale save 409, both
 * keeping what was typed.
 */
@Controller
class BaySettingsPages {

    static final String PATH = "/settings/bays";

    private final ShopSetup setup;
    private final ActorLocations locations;

    BaySettingsPages(ShopSetup setup, ActorLocations locations) {
        this.setup = setup;
        this.locations = locations;
    }

    /** A bay as typed; an unticked box is not sent. */
    record BayForm(
            @Size(max = 60) String name,
            Boolean active,

            @Pattern(regexp = "^$|[0-9]{1,9}", message = "{form.version.invalid}")
            String version) {}

    @GetMapping(PATH)
    @RequiresPermission(Permission.LOCATIONS_MANAGE)
    ModelAndView list(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String location) {
        return list(actor, locations.chosen(actor, location), new BayForm("", true, ""), HttpStatus.OK);
    }

    @PostMapping(PATH)
    @RequiresPermission(Permission.LOCATIONS_MANAGE)
    ModelAndView add(
            @AuthenticationPrincipal Actor actor,
            @RequestParam(defaultValue = "") String locationId,
            @Valid @ModelAttribute("form") BayForm form,
            BindingResult binding) {
        Location shop = locations.chosen(actor, locationId.isBlank() ? "-" : locationId);
        if (binding.hasErrors()) {
            return list(actor, shop, form, HttpStatus.BAD_REQUEST);
        }
        setup.addBay(actor, shop.id().value(), form.name() == null ? "" : form.name());
        return new ModelAndView(
                LocalRedirects.to(PATH + "?location=" + shop.id().value() + "&notice=bay-added"));
    }

    @GetMapping(PATH + "/{id}")
    @RequiresPermission(Permission.LOCATIONS_MANAGE)
    ModelAndView edit(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        Bay bay = found(actor, id);
        return edit(actor, bay, new BayForm(bay.name(), bay.active(), Integer.toString(bay.version())), HttpStatus.OK);
    }

    /** A save over someone else's newer change shows the form again at the current version, input kept. */
    @PostMapping(PATH + "/{id}")
    @RequiresPermission(Permission.LOCATIONS_MANAGE)
    ModelAndView change(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") BayForm form,
            BindingResult binding) {
        Bay bay = found(actor, id);
        if (form.version() == null || form.version().isBlank()) {
            binding.reject("form.version.invalid");
        }
        if (binding.hasErrors()) {
            return edit(actor, bay, form, HttpStatus.BAD_REQUEST)
                    .addObject("version", Refusals.stale(binding) ? bay.version() : form.version());
        }
        setup.changeBay(
                actor,
                bay.id(),
                form.name() == null ? "" : form.name(),
                Boolean.TRUE.equals(form.active()),
                Integer.valueOf(form.version()));
        return new ModelAndView(LocalRedirects.to(PATH + "?location=" + bay.locationId() + "&notice=bay-saved"));
    }

    private ModelAndView list(Actor actor, Location shop, BayForm form, HttpStatus status) {
        ModelAndView page = new ModelAndView("settings/bays", status);
        page.addObject("bays", setup.bays(actor, shop.id().value()));
        page.addObject("location", shop.id().value().toString());
        page.addObject("locationName", shop.name());
        page.addObject("locations", locations.choices(actor));
        page.addObject("form", form);
        page.addObject("owner", actor.can(Permission.SETTINGS_MANAGE));
        return page;
    }

    private ModelAndView edit(Actor actor, Bay bay, BayForm form, HttpStatus status) {
        ModelAndView page = new ModelAndView("settings/bay", status);
        page.addObject("bay", bay);
        page.addObject("locationName", locations.of(actor, bay.locationId()).name());
        page.addObject("form", form);
        page.addObject("version", form.version());
        page.addObject("owner", actor.can(Permission.SETTINGS_MANAGE));
        return page;
    }

    private Bay found(Actor actor, UUID id) {
        return setup.bay(actor, new BayId(id)).orElseThrow(() -> new NotFoundException("Bay"));
    }
}
