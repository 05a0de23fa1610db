package app.pitwall.customers.web;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.access.RequiresPermission;
import app.pitwall.customers.CustomerId;
import app.pitwall.customers.Customers;
import app.pitwall.customers.VehicleId;
import app.pitwall.platform.NotFoundException;
import app.pitwall.platform.web.ExpectedVersion;
import app.pitwall.platform.web.MergePatch;
import app.pitwall.platform.web.PageView;
import app.pitwall.platform.web.Paging;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/vehicles}: search, read, register, change and delete vehicles. */
@RestController
@Validated
@RequestMapping("/api/v1/vehicles")
class VehicleApi {

    private final Customers customers;

    VehicleApi(Customers customers) {
        this.customers = customers;
    }

    @GetMapping
    @RequiresPermission(Permission.CUSTOMERS_READ)
    PageView<CustomerViews.VehicleView> search(
            @AuthenticationPrincipal Actor actor,
            @RequestParam(required = false) @Size(max = 40) String q,
            @RequestParam(required = false) UUID customerId,
            Paging paging) {
        CustomerId owner = customerId == null ? null : new CustomerId(customerId);
        return paging.answer(customers.vehicles(actor, q, owner, paging.limit(), paging.cursor()), CustomerViews::of);
    }

    @GetMapping("/{id}")
    @RequiresPermission(Permission.CUSTOMERS_READ)
    CustomerViews.VehicleView get(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return customers
                .findVehicle(actor, new VehicleId(id))
                .map(CustomerViews::of)
                .orElseThrow(() -> new NotFoundException("Vehicle"));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @RequiresPermission(Permission.CUSTOMERS_WRITE)
    CustomerViews.VehicleView create(
            @AuthenticationPrincipal Actor actor, @Valid @RequestBody CustomerRequests.VehicleBody body) {
        return CustomerViews.of(customers.registerVehicle(actor, body.toDetails()));
    }

    @PatchMapping("/{id}")
    @RequiresPermission(Permission.CUSTOMERS_WRITE)
    CustomerViews.VehicleView change(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @Valid @RequestBody CustomerRequests.VehicleBody body,
            MergePatch patch,
            ExpectedVersion expected) {
        patch.clearable("vin", "plate", "plateRegion", "make", "model", "trim", "engine", "colour");
        Integer version = expected.value();
        return CustomerViews.of(customers.changeVehicle(actor, new VehicleId(id), body.toDetails(), version));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @RequiresPermission(Permission.CUSTOMERS_DELETE)
    void delete(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, ExpectedVersion expected) {
        customers.deleteVehicle(actor, new VehicleId(id), expected.value());
    }
}
