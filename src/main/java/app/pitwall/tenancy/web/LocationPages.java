package app.pitwall.tenancy.web;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.access.RequiresPermission;
import app.pitwall.platform.web.LocalRedirects;
import app.pitwall.platform.web.Refusals;
import app.pitwall.tenancy.Location;
import app.pitwall.tenancy.LocationId;
import app.pitwall.tenancy.Locations;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * {@code /settings/locations}, under Shop setup: the tenant's shops, detailing sites and storage facilities, and the
 * form that adds one or changes its address, phone, registration number, clock, currency, tax rates, or closes it (a
 * closed location takes no new orders or appointments; what it has stays readable). Staff limited to some locations
 * see only theirs. Refused input answers 400, a stale save 409, both keeping what was typed.
 */
@Controller
class LocationPages {

    static final String PATH = "/settings/locations";

    /** More locations than any business has; the list pages no further. */
    private static final int MOST_SHOWN = 1000;

    /** A kind as the form's select offers it. */
    record KindChoice(String value, String label) {}

    private final Locations locations;
    private final MessageSource messages;

    LocationPages(Locations locations, MessageSource messages) {
        this.locations = locations;
        this.messages = messages;
    }

    @GetMapping(PATH)
    @RequiresPermission(Permission.LOCATIONS_MANAGE)
    ModelAndView list(@AuthenticationPrincipal Actor actor) {
        ModelAndView page = new ModelAndView("settings/locations");
        page.addObject("shops", all(actor));
        page.addObject("mayAdd", actor.allLocations());
        page.addObject("owner", actor.can(Permission.SETTINGS_MANAGE));
        return page;
    }

    @GetMapping(PATH + "/new")
    @RequiresPermission(Permission.LOCATIONS_MANAGE)
    ModelAndView blank(@AuthenticationPrincipal Actor actor) {
        List<Location> visible = all(actor);
        return form(actor, null, LocationForm.blank(visible.isEmpty() ? null : visible.get(0)), HttpStatus.OK);
    }

    @PostMapping(PATH)
    @RequiresPermission(Permission.LOCATIONS_MANAGE)
    ModelAndView add(
            @AuthenticationPrincipal Actor actor,
            @Valid @ModelAttribute("form") LocationForm form,
            BindingResult binding) {
        if (binding.hasErrors()) {
            return form(actor, null, form, HttpStatus.BAD_REQUEST);
        }
        locations.add(actor, form.details());
        return new ModelAndView(LocalRedirects.to(PATH + "?notice=location-added"));
    }

    @GetMapping(PATH + "/{id}")
    @RequiresPermission(Permission.LOCATIONS_MANAGE)
    ModelAndView edit(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        Location location = locations.find(actor, new LocationId(id));
        return form(actor, location, LocationForm.of(location), HttpStatus.OK);
    }

    /** A save over someone else's newer change shows the form again at the current version, input kept. */
    @PostMapping(PATH + "/{id}")
    @RequiresPermission(Permission.LOCATIONS_MANAGE)
    ModelAndView change(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") LocationForm form,
            BindingResult binding) {
        Location location = locations.find(actor, new LocationId(id));
        if (form.version() == null || form.version().isBlank()) {
            binding.reject("form.version.invalid");
        }
        if (binding.hasErrors()) {
            return form(actor, location, form, HttpStatus.BAD_REQUEST)
                    .addObject("version", Refusals.stale(binding) ? location.version() : form.version());
        }
        locations.change(actor, location.id(), Integer.parseInt(form.version()), current -> form.details());
        return new ModelAndView(LocalRedirects.to(PATH + "?notice=location-saved"));
    }

    private ModelAndView form(Actor actor, Location location, LocationForm form, HttpStatus status) {
        ModelAndView page = new ModelAndView("settings/location", status);
        page.addObject("place", location);
        page.addObject(
                "location", location == null ? null : location.id().value().toString());
        page.addObject("form", form);
        page.addObject("version", form.version());
        page.addObject(
                "kinds",
                Arrays.stream(Location.Kind.values())
                        .map(kind -> new KindChoice(
                                kind.name(),
                                messages.getMessage(
                                        "location.kind." + kind.name(), null, LocaleContextHolder.getLocale())))
                        .toList());
        page.addObject("owner", actor.can(Permission.SETTINGS_MANAGE));
        return page;
    }

    private List<Location> all(Actor actor) {
        return locations.list(actor, MOST_SHOWN, null).items();
    }
}
