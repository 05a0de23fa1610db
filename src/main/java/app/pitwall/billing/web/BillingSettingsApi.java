package app.pitwall.billing.web;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.access.RequiresPermission;
import app.pitwall.billing.BillingSettings;
import app.pitwall.billing.BillingSetup;
import app.pitwall.platform.web.ExpectedVersion;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/billing-settings}: the owner's billing rules (posting checks, numbering scope and prefixes, the
 * advisor's credit limit). Read by anyone who sees invoices; a field left out of a PUT keeps its value.
 */
@RestController
@Validated
class BillingSettingsApi {

    private final BillingSetup setup;

    BillingSettingsApi(BillingSetup setup) {
        this.setup = setup;
    }

    record SettingsBody(
            Boolean checkOdometerOut,
            Boolean checkTechnicians,
            Boolean checkJobsDone,
            Boolean checkPartsReceived,
            BillingSettings.Scope numberingScope,
            String invoicePrefix,
            String creditNotePrefix,
            BigDecimal advisorCreditLimit,
            @Min(0) Integer version) {}

    record SettingsView(
            boolean checkOdometerOut,
            boolean checkTechnicians,
            boolean checkJobsDone,
            boolean checkPartsReceived,
            String numberingScope,
            String invoicePrefix,
            String creditNotePrefix,
            String advisorCreditLimit,
            int version) {}

    @GetMapping("/api/v1/billing-settings")
    @RequiresPermission(Permission.INVOICES_READ)
    SettingsView settings(@AuthenticationPrincipal Actor actor) {
        return view(setup.settings(actor));
    }

    @PutMapping("/api/v1/billing-settings")
    @RequiresPermission(Permission.SETTINGS_MANAGE)
    SettingsView change(
            @AuthenticationPrincipal Actor actor, @Valid @RequestBody SettingsBody body, ExpectedVersion expected) {
        BillingSettings current = setup.settings(actor).settings();
        BillingSettings next = new BillingSettings(
                or(body.checkOdometerOut(), current.checkOdometerOut()),
                or(body.checkTechnicians(), current.checkTechnicians()),
                or(body.checkJobsDone(), current.checkJobsDone()),
                or(body.checkPartsReceived(), current.checkPartsReceived()),
                body.numberingScope() != null ? body.numberingScope() : current.numberingScope(),
                body.invoicePrefix() != null ? body.invoicePrefix() : current.invoicePrefix(),
                body.creditNotePrefix() != null ? body.creditNotePrefix() : current.creditNotePrefix(),
                body.advisorCreditLimit() != null ? body.advisorCreditLimit() : current.advisorCreditLimit());
        return view(setup.change(actor, next, expected.value()));
    }

    private static boolean or(Boolean given, boolean current) {
        return given != null ? given : current;
    }

    private static SettingsView view(BillingSetup.Versioned versioned) {
        BillingSettings s = versioned.settings();
        return new SettingsView(
                s.checkOdometerOut(),
                s.checkTechnicians(),
                s.checkJobsDone(),
                s.checkPartsReceived(),
                s.numberingScope().name(),
                s.invoicePrefix(),
                s.creditNotePrefix(),
                s.advisorCreditLimit().toPlainString(),
                versioned.version());
    }
}
