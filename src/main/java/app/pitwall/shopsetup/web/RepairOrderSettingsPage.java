package app.pitwall.shopsetup.web;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.access.RequiresPermission;
import app.pitwall.platform.web.Amount;
import app.pitwall.platform.web.LocalRedirects;
import app.pitwall.platform.web.Refusals;
import app.pitwall.shopsetup.ShopSetup;
import app.pitwall.shopsetup.WorkOrderSettings;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
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

    RepairOrderSettingsPage(ShopSetup setup) {
        this.setup = setup;
    }

    /** The settings form: percentages and an amount as people type them. */
    record SettingsForm(
            @NotNull(message = "{form.decimal.invalid}") @Amount
            BigDecimal discountCapPercent,

            @NotNull(message = "{form.decimal.invalid}") @Amount
            BigDecimal shopSuppliesPercent,

            @NotNull(message = "{form.decimal.invalid}") @Amount
            BigDecimal shopSuppliesCap,

            @NotBlank(message = "{form.version.invalid}")
            @Pattern(regexp = "^$|[0-9]{1,9}", message = "{form.version.invalid}")
            String version) {}

    @GetMapping(PATH)
    @RequiresPermission(Permission.SETTINGS_MANAGE)
    ModelAndView form(@AuthenticationPrincipal Actor actor) {
        WorkOrderSettings current = setup.settings(actor);
        return page(
                new SettingsForm(
                        current.discountCapPercent().stripTrailingZeros(),
                        current.shopSuppliesPercent().stripTrailingZeros(),
                        current.shopSuppliesCap(),
                        Integer.toString(current.version())),
                HttpStatus.OK);
    }

    /** A save over someone else's newer change shows the form again at the current version, input kept. */
    @PostMapping(PATH)
    @RequiresPermission(Permission.SETTINGS_MANAGE)
    ModelAndView save(
            @AuthenticationPrincipal Actor actor,
            @Valid @ModelAttribute("form") SettingsForm form,
            BindingResult binding) {
        if (binding.hasErrors()) {
            return Refusals.show(page(form, HttpStatus.BAD_REQUEST), "form", form, binding)
                    .addObject(
                            "version",
                            Refusals.stale(binding) ? setup.settings(actor).version() : form.version());
        }
        setup.changeSettings(
                actor,
                form.discountCapPercent(),
                form.shopSuppliesPercent(),
                form.shopSuppliesCap(),
                Integer.valueOf(form.version()));
        return new ModelAndView(LocalRedirects.to(PATH + "?notice=repair-order-settings-saved"));
    }

    private ModelAndView page(SettingsForm form, HttpStatus status) {
        ModelAndView page = new ModelAndView("settings/repair-orders", status);
        page.addObject("form", form);
        page.addObject("version", form.version());
        page.addObject("owner", true);
        return page;
    }
}
