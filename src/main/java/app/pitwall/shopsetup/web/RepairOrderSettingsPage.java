package app.pitwall.shopsetup.web;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.access.RequiresPermission;
import app.pitwall.platform.ConflictException;
import app.pitwall.platform.InvalidInputException;
import app.pitwall.platform.web.FormErrors;
import app.pitwall.platform.web.LocalRedirects;
import app.pitwall.shopsetup.ShopSetup;
import app.pitwall.shopsetup.WorkOrderSettings;
import java.math.BigDecimal;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /settings/repair-orders}: the owner's rules for repair orders: the discount share above which a manager must
 * approve, and the default shop-supplies percentage and cap. Refused input answers 400, a stale save 409, both keeping
 * what was typed.
 */
@Controller
class RepairOrderSettingsPage {

    static final String PATH = "/settings/repair-orders";

    private final ShopSetup setup;
    private final MessageSource messages;

    RepairOrderSettingsPage(ShopSetup setup, MessageSource messages) {
        this.setup = setup;
        this.messages = messages;
    }

    /** The settings form as typed. */
    record SettingsForm(
            String discountCapPercent, String shopSuppliesPercent, String shopSuppliesCap, String version) {}

    @GetMapping(PATH)
    @RequiresPermission(Permission.SETTINGS_MANAGE)
    ModelAndView form(@AuthenticationPrincipal Actor actor) {
        WorkOrderSettings current = setup.settings(actor);
        return page(
                new SettingsForm(
                        current.discountCapPercent().stripTrailingZeros().toPlainString(),
                        current.shopSuppliesPercent().stripTrailingZeros().toPlainString(),
                        current.shopSuppliesCap().toPlainString(),
                        Integer.toString(current.version())),
                new FormErrors(),
                HttpStatus.OK);
    }

    @PostMapping(PATH)
    @RequiresPermission(Permission.SETTINGS_MANAGE)
    ModelAndView save(
            @AuthenticationPrincipal Actor actor,
            @RequestParam(defaultValue = "") String discountCapPercent,
            @RequestParam(defaultValue = "") String shopSuppliesPercent,
            @RequestParam(defaultValue = "") String shopSuppliesCap,
            @RequestParam(defaultValue = "") String version,
            Locale locale) {
        SettingsForm form = new SettingsForm(discountCapPercent, shopSuppliesPercent, shopSuppliesCap, version);
        FormErrors errors = new FormErrors();
        BigDecimal cap = number(discountCapPercent, "discountCapPercent", errors, locale);
        BigDecimal supplies = number(shopSuppliesPercent, "shopSuppliesPercent", errors, locale);
        BigDecimal suppliesCap = number(shopSuppliesCap, "shopSuppliesCap", errors, locale);
        if (!version.matches("[0-9]{1,9}")) {
            errors.global(messages.getMessage("form.version.invalid", null, locale));
        }
        if (!errors.isEmpty()) {
            return page(form, errors, HttpStatus.BAD_REQUEST);
        }
        try {
            setup.changeSettings(actor, cap, supplies, suppliesCap, Integer.valueOf(version));
        } catch (InvalidInputException refused) {
            return page(form, FormErrors.of(refused, f -> f, messages, locale), HttpStatus.BAD_REQUEST);
        } catch (ConflictException conflict) {
            if (!"stale-version".equals(conflict.type())) {
                throw conflict;
            }
            int current = setup.settings(actor).version();
            FormErrors stale = new FormErrors().global(messages.getMessage("form.stale", null, locale));
            return page(
                    new SettingsForm(
                            discountCapPercent, shopSuppliesPercent, shopSuppliesCap, Integer.toString(current)),
                    stale,
                    HttpStatus.CONFLICT);
        }
        return new ModelAndView(LocalRedirects.to(PATH + "?notice=repair-order-settings-saved"));
    }

    private BigDecimal number(String text, String field, FormErrors errors, Locale locale) {
        BigDecimal value = LaborRateSettingsPages.amount(text);
        if (value == null) {
            errors.field(field, messages.getMessage("form.decimal.invalid", null, locale));
        }
        return value;
    }

    private ModelAndView page(SettingsForm form, FormErrors errors, HttpStatus status) {
        ModelAndView page = new ModelAndView("settings/repair-orders", status);
        page.addObject("form", form);
        page.addObject("errors", errors);
        page.addObject("owner", true);
        return page;
    }
}
