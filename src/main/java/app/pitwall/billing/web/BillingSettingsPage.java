package app.pitwall.billing.web;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.access.RequiresPermission;
import app.pitwall.billing.BillingSettings;
import app.pitwall.billing.BillingSetup;
import app.pitwall.platform.web.Amount;
import app.pitwall.platform.web.LocalRedirects;
import app.pitwall.platform.web.Refusals;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /settings/billing}: the owner's billing rules: the checks a posting must pass, how invoices and credit notes
 * are numbered, and the credit amount up to which a service advisor may issue a credit note. Refused input answers
 * 400, a stale save 409, both keeping what was typed.
 */
@Controller
class BillingSettingsPage {

    static final String PATH = "/settings/billing";

    private final BillingSetup setup;
    private final MessageSource messages;

    BillingSettingsPage(BillingSetup setup, MessageSource messages) {
        this.setup = setup;
        this.messages = messages;
    }

    /** The settings as the form sends them; an unticked box arrives as nothing. */
    record SettingsForm(
            Boolean checkOdometerOut,
            Boolean checkTechnicians,
            Boolean checkJobsDone,
            @NotNull(message = "{form.choice.invalid}") BillingSettings.Scope numberingScope,
            @Size(max = 20) String invoicePrefix,
            @Size(max = 20) String creditNotePrefix,
            @NotNull(message = "{form.decimal.invalid}") @Amount BigDecimal advisorCreditLimit,
            @NotBlank(message = "{form.version.invalid}")
            @Pattern(regexp = "^$|[0-9]{1,9}", message = "{form.version.invalid}")
            String version) {}

    /** One choice of a select. */
    record Choice(String value, String label) {}

    @GetMapping(PATH)
    @RequiresPermission(Permission.SETTINGS_MANAGE)
    ModelAndView form(@AuthenticationPrincipal Actor actor) {
        BillingSetup.Versioned current = setup.settings(actor);
        BillingSettings s = current.settings();
        return page(
                new SettingsForm(
                        s.checkOdometerOut(),
                        s.checkTechnicians(),
                        s.checkJobsDone(),
                        s.numberingScope(),
                        s.invoicePrefix(),
                        s.creditNotePrefix(),
                        s.advisorCreditLimit(),
                        Integer.toString(current.version())),
                HttpStatus.OK);
    }

    @PostMapping(PATH)
    @RequiresPermission(Permission.SETTINGS_MANAGE)
    ModelAndView save(
            @AuthenticationPrincipal Actor actor,
            @Valid @ModelAttribute("form") SettingsForm form,
            BindingResult binding) {
        if (binding.hasErrors()) {
            return Refusals.show(page(form, HttpStatus.BAD_REQUEST), "form", form, binding)
                    .addObject("version", Refusals.stale(binding) ? setup.settings(actor).version() : form.version());
        }
        setup.change(
                actor,
                new BillingSettings(
                        Boolean.TRUE.equals(form.checkOdometerOut()),
                        Boolean.TRUE.equals(form.checkTechnicians()),
                        Boolean.TRUE.equals(form.checkJobsDone()),
                        false,
                        form.numberingScope(),
                        form.invoicePrefix() == null ? "" : form.invoicePrefix().strip(),
                        form.creditNotePrefix() == null ? "" : form.creditNotePrefix().strip(),
                        form.advisorCreditLimit()),
                Integer.valueOf(form.version()));
        return new ModelAndView(LocalRedirects.to(PATH + "?notice=billing-settings-saved"));
    }

    private ModelAndView page(SettingsForm form, HttpStatus status) {
        ModelAndView page = new ModelAndView("settings/billing", status);
        page.addObject("form", form);
        page.addObject("version", form.version());
        page.addObject("owner", true);
        page.addObject("scopes", scopes());
        return page;
    }

    private List<Choice> scopes() {
        return Arrays.stream(BillingSettings.Scope.values())
                .map(scope -> new Choice(
                        scope.name(),
                        messages.getMessage("billing.scope." + scope.name(), null, LocaleContextHolder.getLocale())))
                .toList();
    }
}
