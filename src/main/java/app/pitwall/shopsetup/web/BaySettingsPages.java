package app.pitwall.shopsetup.web;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.access.RequiresPermission;
import app.pitwall.platform.ConflictException;
import app.pitwall.platform.InvalidInputException;
import app.pitwall.platform.NotFoundException;
import app.pitwall.platform.web.FormErrors;
import app.pitwall.platform.web.LocalRedirects;
import app.pitwall.shopsetup.Bay;
import app.pitwall.shopsetup.BayId;
import app.pitwall.shopsetup.ShopSetup;
import app.pitwall.tenancy.ActorLocations;
import app.pitwall.tenancy.Location;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
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
    private final MessageSource messages;

    BaySettingsPages(ShopSetup setup, ActorLocations locations, MessageSource messages) {
        this.setup = setup;
        this.locations = locations;
        this.messages = messages;
    }

    @GetMapping(PATH)
    @RequiresPermission(Permission.LOCATIONS_MANAGE)
    ModelAndView list(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String location) {
        return list(actor, locations.chosen(actor, location), "", new FormErrors(), HttpStatus.OK);
    }

    @PostMapping(PATH)
    @RequiresPermission(Permission.LOCATIONS_MANAGE)
    ModelAndView add(
            @AuthenticationPrincipal Actor actor,
            @RequestParam(defaultValue = "") String locationId,
            @RequestParam(defaultValue = "") String name,
            Locale locale) {
        Location shop = locations.chosen(actor, locationId.isBlank() ? "-" : locationId);
        try {
            setup.addBay(actor, shop.id().value(), name);
        } catch (InvalidInputException refused) {
            return list(actor, shop, name, FormErrors.of(refused, f -> f, messages, locale), HttpStatus.BAD_REQUEST);
        }
        return new ModelAndView(
                LocalRedirects.to(PATH + "?location=" + shop.id().value() + "&notice=bay-added"));
    }

    @GetMapping(PATH + "/{id}")
    @RequiresPermission(Permission.LOCATIONS_MANAGE)
    ModelAndView edit(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        Bay bay = found(actor, id);
        return edit(
                actor, bay, bay.name(), bay.active(), Integer.toString(bay.version()), new FormErrors(), HttpStatus.OK);
    }

    @PostMapping(PATH + "/{id}")
    @RequiresPermission(Permission.LOCATIONS_MANAGE)
    ModelAndView change(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "false") boolean active,
            @RequestParam(defaultValue = "") String version,
            Locale locale) {
        Bay bay = found(actor, id);
        if (!version.matches("[0-9]{1,9}")) {
            FormErrors errors = new FormErrors().global(messages.getMessage("form.version.invalid", null, locale));
            return edit(actor, bay, name, active, version, errors, HttpStatus.BAD_REQUEST);
        }
        try {
            setup.changeBay(actor, bay.id(), name, active, Integer.valueOf(version));
        } catch (InvalidInputException refused) {
            return edit(
                    actor,
                    bay,
                    name,
                    active,
                    version,
                    FormErrors.of(refused, f -> f, messages, locale),
                    HttpStatus.BAD_REQUEST);
        } catch (ConflictException conflict) {
            if (!"stale-version".equals(conflict.type())) {
                throw conflict;
            }
            Bay current = found(actor, id);
            FormErrors stale = new FormErrors().global(messages.getMessage("form.stale", null, locale));
            return edit(actor, current, name, active, Integer.toString(current.version()), stale, HttpStatus.CONFLICT);
        }
        return new ModelAndView(LocalRedirects.to(PATH + "?location=" + bay.locationId() + "&notice=bay-saved"));
    }

    private ModelAndView list(Actor actor, Location shop, String name, FormErrors errors, HttpStatus status) {
        ModelAndView page = new ModelAndView("settings/bays", status);
        page.addObject("bays", setup.bays(actor, shop.id().value()));
        page.addObject("location", shop.id().value().toString());
        page.addObject("locationName", shop.name());
        page.addObject("locations", locations.choices(actor));
        page.addObject("name", name);
        page.addObject("errors", errors);
        page.addObject("owner", actor.can(Permission.SETTINGS_MANAGE));
        return page;
    }

    private ModelAndView edit(
            Actor actor, Bay bay, String name, boolean active, String version, FormErrors errors, HttpStatus status) {
        ModelAndView page = new ModelAndView("settings/bay", status);
        page.addObject("bay", bay);
        page.addObject("locationName", locations.of(actor, bay.locationId()).name());
        page.addObject("name", name);
        page.addObject("active", active);
        page.addObject("version", version);
        page.addObject("errors", errors);
        page.addObject("owner", actor.can(Permission.SETTINGS_MANAGE));
        return page;
    }

    private Bay found(Actor actor, UUID id) {
        return setup.bay(actor, new BayId(id)).orElseThrow(() -> new NotFoundException("Bay"));
    }
}
