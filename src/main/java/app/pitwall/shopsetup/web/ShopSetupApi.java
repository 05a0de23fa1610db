package app.pitwall.shopsetup.web;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.access.RequiresPermission;
import app.pitwall.platform.NotFoundException;
import app.pitwall.platform.web.ExpectedVersion;
import app.pitwall.platform.web.MergePatch;
import app.pitwall.platform.web.PageView;
import app.pitwall.platform.web.Paging;
import app.pitwall.shopsetup.Bay;
import app.pitwall.shopsetup.BayId;
import app.pitwall.shopsetup.LaborRate;
import app.pitwall.shopsetup.LaborRateId;
import app.pitwall.shopsetup.ShopSetup;
import app.pitwall.shopsetup.WorkOrderSettings;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/bays}, {@code /api/v1/labor-rates} and {@code /api/v1/repair-order-settings}: the reference data of
 * repair orders and the calendar. A location has at most 100 bays and 100 rates, held whole and answered a page at a
 * time. Labor rates are prices: reading them needs {@code repair-orders:write}.
 */
@RestController
@Validated
class ShopSetupApi {

    private final ShopSetup setup;

    ShopSetupApi(ShopSetup setup) {
        this.setup = setup;
    }

    record BayBody(
            UUID locationId,
            @Size(max = 60) String name,
            Boolean active,
            @Min(0) Integer version) {}

    /** A bay's change: its location is not among what changes. */
    record BayChange(
            @Size(max = 60) String name,
            Boolean active,
            @Min(0) Integer version) {}

    record LaborRateBody(
            UUID locationId,
            @Size(max = 60) String name,
            BigDecimal hourlyRate,
            Boolean isDefault,
            Boolean active,
            @Min(0) Integer version) {}

    /** A labor rate's change: its location is not among what changes. */
    record LaborRateChange(
            @Size(max = 60) String name,
            BigDecimal hourlyRate,
            Boolean isDefault,
            Boolean active,
            @Min(0) Integer version) {}

    record SettingsBody(
            BigDecimal discountCapPercent,
            BigDecimal shopSuppliesPercent,
            BigDecimal shopSuppliesCap,
            @Min(0) Integer version) {}

    record BayView(UUID id, UUID locationId, String name, boolean active, int version) {}

    record LaborRateView(
            UUID id, UUID locationId, String name, String hourlyRate, boolean isDefault, boolean active, int version) {}

    record SettingsView(String discountCapPercent, String shopSuppliesPercent, String shopSuppliesCap, int version) {}

    @GetMapping("/api/v1/bays")
    @RequiresPermission(Permission.APPOINTMENTS_READ)
    PageView<BayView> bays(
            @AuthenticationPrincipal Actor actor, @RequestParam @NotNull UUID locationId, Paging paging) {
        return paging.slice(setup.bays(actor, locationId), ShopSetupApi::view);
    }

    @GetMapping("/api/v1/bays/{id}")
    @RequiresPermission(Permission.APPOINTMENTS_READ)
    BayView bay(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return setup.bay(actor, new BayId(id)).map(ShopSetupApi::view).orElseThrow(() -> new NotFoundException("Bay"));
    }

    @PostMapping("/api/v1/bays")
    @ResponseStatus(HttpStatus.CREATED)
    @RequiresPermission(Permission.LOCATIONS_MANAGE)
    BayView addBay(@AuthenticationPrincipal Actor actor, @Valid @RequestBody BayBody body) {
        if (body.locationId() == null) {
            throw new app.pitwall.platform.InvalidInputException("locationId", "required");
        }
        return view(setup.addBay(actor, body.locationId(), body.name()));
    }

    @PatchMapping("/api/v1/bays/{id}")
    @RequiresPermission(Permission.LOCATIONS_MANAGE)
    BayView changeBay(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @Valid @RequestBody BayChange body,
            MergePatch patch,
            ExpectedVersion expected) {
        patch.clearable();
        return view(setup.changeBay(actor, new BayId(id), body.name(), body.active(), expected.value()));
    }

    @GetMapping("/api/v1/labor-rates")
    @RequiresPermission(Permission.REPAIR_ORDERS_WRITE)
    PageView<LaborRateView> laborRates(
            @AuthenticationPrincipal Actor actor, @RequestParam @NotNull UUID locationId, Paging paging) {
        return paging.slice(setup.laborRates(actor, locationId), ShopSetupApi::view);
    }

    @GetMapping("/api/v1/labor-rates/{id}")
    @RequiresPermission(Permission.REPAIR_ORDERS_WRITE)
    LaborRateView laborRate(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return setup.laborRate(actor, new LaborRateId(id))
                .map(ShopSetupApi::view)
                .orElseThrow(() -> new NotFoundException("Labor rate"));
    }

    @PostMapping("/api/v1/labor-rates")
    @ResponseStatus(HttpStatus.CREATED)
    @RequiresPermission(Permission.LOCATIONS_MANAGE)
    LaborRateView addLaborRate(@AuthenticationPrincipal Actor actor, @Valid @RequestBody LaborRateBody body) {
        if (body.locationId() == null) {
            throw new app.pitwall.platform.InvalidInputException("locationId", "required");
        }
        if (body.hourlyRate() == null) {
            throw new app.pitwall.platform.InvalidInputException("hourlyRate", "required");
        }
        return view(setup.addLaborRate(
                actor, body.locationId(), body.name(), body.hourlyRate(), Boolean.TRUE.equals(body.isDefault())));
    }

    @PatchMapping("/api/v1/labor-rates/{id}")
    @RequiresPermission(Permission.LOCATIONS_MANAGE)
    LaborRateView changeLaborRate(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @Valid @RequestBody LaborRateChange body,
            MergePatch patch,
            ExpectedVersion expected) {
        patch.clearable();
        return view(setup.changeLaborRate(
                actor,
                new LaborRateId(id),
                body.name(),
                body.hourlyRate(),
                body.isDefault(),
                body.active(),
                expected.value()));
    }

    @GetMapping("/api/v1/repair-order-settings")
    @RequiresPermission(Permission.REPAIR_ORDERS_WRITE)
    SettingsView settings(@AuthenticationPrincipal Actor actor) {
        return view(setup.settings(actor));
    }

    @PutMapping("/api/v1/repair-order-settings")
    @RequiresPermission(Permission.SETTINGS_MANAGE)
    SettingsView changeSettings(
            @AuthenticationPrincipal Actor actor, @Valid @RequestBody SettingsBody body, ExpectedVersion expected) {
        return view(setup.changeSettings(
                actor,
                body.discountCapPercent(),
                body.shopSuppliesPercent(),
                body.shopSuppliesCap(),
                expected.value()));
    }

    private static BayView view(Bay bay) {
        return new BayView(bay.id().value(), bay.locationId(), bay.name(), bay.active(), bay.version());
    }

    private static LaborRateView view(LaborRate rate) {
        return new LaborRateView(
                rate.id().value(),
                rate.locationId(),
                rate.name(),
                rate.hourlyRate().toPlainString(),
                rate.isDefault(),
                rate.active(),
                rate.version());
    }

    private static SettingsView view(WorkOrderSettings settings) {
        return new SettingsView(
                settings.discountCapPercent().stripTrailingZeros().toPlainString(),
                settings.shopSuppliesPercent().stripTrailingZeros().toPlainString(),
                settings.shopSuppliesCap().toPlainString(),
                settings.version());
    }
}
