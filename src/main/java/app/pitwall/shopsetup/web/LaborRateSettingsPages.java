package app.pitwall.shopsetup.web;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.access.RequiresPermission;
import app.pitwall.platform.ConflictException;
import app.pitwall.platform.InvalidInputException;
import app.pitwall.platform.NotFoundException;
import app.pitwall.platform.web.FormErrors;
import app.pitwall.platform.web.LocalRedirects;
import app.pitwall.shopsetup.LaborRate;
import app.pitwall.shopsetup.LaborRateId;
import app.pitwall.shopsetup.ShopSetup;
import app.pitwall.tenancy.ActorLocations;
import app.pitwall.tenancy.Location;
import java.math.BigDecimal;
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
 * {@code /settings/labor-rates}: a location's hourly labor rates, in its currency, one of them the default that labor
 * lines take. Managers add and change them; an order's labor lines keep the rate they were written with. Refused input
 * answers 400, a stale save 409, both keeping what was typed.
 */
@Controller
class LaborRateSettingsPages {

    static final String PATH = "/settings/labor-rates";

    private final ShopSetup setup;
    private final ActorLocations locations;
    private final MessageSource messages;

    LaborRateSettingsPages(ShopSetup setup, ActorLocations locations, MessageSource messages) {
        this.setup = setup;
        this.locations = locations;
        this.messages = messages;
    }

    /** The rate form as typed. */
    record RateForm(String name, String hourlyRate, boolean isDefault, boolean active, String version) {}

    @GetMapping(PATH)
    @RequiresPermission(Permission.LOCATIONS_MANAGE)
    ModelAndView list(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String location) {
        return list(
                actor,
                locations.chosen(actor, location),
                new RateForm("", "", false, true, ""),
                new FormErrors(),
                HttpStatus.OK);
    }

    @PostMapping(PATH)
    @RequiresPermission(Permission.LOCATIONS_MANAGE)
    ModelAndView add(
            @AuthenticationPrincipal Actor actor,
            @RequestParam(defaultValue = "") String locationId,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String hourlyRate,
            @RequestParam(defaultValue = "false") boolean isDefault,
            Locale locale) {
        Location shop = locations.chosen(actor, locationId.isBlank() ? "-" : locationId);
        RateForm form = new RateForm(name, hourlyRate, isDefault, true, "");
        BigDecimal rate = amount(hourlyRate);
        if (rate == null) {
            return list(actor, shop, form, invalidRate(locale), HttpStatus.BAD_REQUEST);
        }
        try {
            setup.addLaborRate(actor, shop.id().value(), name, rate, isDefault);
        } catch (InvalidInputException refused) {
            return list(actor, shop, form, FormErrors.of(refused, f -> f, messages, locale), HttpStatus.BAD_REQUEST);
        }
        return new ModelAndView(
                LocalRedirects.to(PATH + "?location=" + shop.id().value() + "&notice=labor-rate-added"));
    }

    @GetMapping(PATH + "/{id}")
    @RequiresPermission(Permission.LOCATIONS_MANAGE)
    ModelAndView edit(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        LaborRate rate = found(actor, id);
        RateForm form = new RateForm(
                rate.name(),
                rate.hourlyRate().toPlainString(),
                rate.isDefault(),
                rate.active(),
                Integer.toString(rate.version()));
        return edit(actor, rate, form, new FormErrors(), HttpStatus.OK);
    }

    @PostMapping(PATH + "/{id}")
    @RequiresPermission(Permission.LOCATIONS_MANAGE)
    ModelAndView change(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String hourlyRate,
            @RequestParam(defaultValue = "false") boolean isDefault,
            @RequestParam(defaultValue = "false") boolean active,
            @RequestParam(defaultValue = "") String version,
            Locale locale) {
        LaborRate current = found(actor, id);
        RateForm form = new RateForm(name, hourlyRate, isDefault, active, version);
        BigDecimal rate = amount(hourlyRate);
        if (rate == null) {
            return edit(actor, current, form, invalidRate(locale), HttpStatus.BAD_REQUEST);
        }
        if (!version.matches("[0-9]{1,9}")) {
            FormErrors errors = new FormErrors().global(messages.getMessage("form.version.invalid", null, locale));
            return edit(actor, current, form, errors, HttpStatus.BAD_REQUEST);
        }
        try {
            setup.changeLaborRate(actor, current.id(), name, rate, isDefault, active, Integer.valueOf(version));
        } catch (InvalidInputException refused) {
            return edit(actor, current, form, FormErrors.of(refused, f -> f, messages, locale), HttpStatus.BAD_REQUEST);
        } catch (ConflictException conflict) {
            if (!"stale-version".equals(conflict.type())) {
                throw conflict;
            }
            LaborRate now = found(actor, id);
            FormErrors stale = new FormErrors().global(messages.getMessage("form.stale", null, locale));
            RateForm kept = new RateForm(name, hourlyRate, isDefault, active, Integer.toString(now.version()));
            return edit(actor, now, kept, stale, HttpStatus.CONFLICT);
        }
        return new ModelAndView(
                LocalRedirects.to(PATH + "?location=" + current.locationId() + "&notice=labor-rate-saved"));
    }

    private ModelAndView list(Actor actor, Location shop, RateForm form, FormErrors errors, HttpStatus status) {
        ModelAndView page = new ModelAndView("settings/labor-rates", status);
        page.addObject("rates", setup.laborRates(actor, shop.id().value()));
        page.addObject("location", shop.id().value().toString());
        page.addObject("locationName", shop.name());
        page.addObject("currency", shop.currency().getCurrencyCode());
        page.addObject("locations", locations.choices(actor));
        page.addObject("form", form);
        page.addObject("errors", errors);
        page.addObject("owner", actor.can(Permission.SETTINGS_MANAGE));
        return page;
    }

    private ModelAndView edit(Actor actor, LaborRate rate, RateForm form, FormErrors errors, HttpStatus status) {
        Location shop = locations.of(actor, rate.locationId());
        ModelAndView page = new ModelAndView("settings/labor-rate", status);
        page.addObject("rate", rate);
        page.addObject("locationName", shop.name());
        page.addObject("currency", shop.currency().getCurrencyCode());
        page.addObject("form", form);
        page.addObject("errors", errors);
        page.addObject("owner", actor.can(Permission.SETTINGS_MANAGE));
        return page;
    }

    private FormErrors invalidRate(Locale locale) {
        return new FormErrors().field("hourlyRate", messages.getMessage("form.decimal.invalid", null, locale));
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
