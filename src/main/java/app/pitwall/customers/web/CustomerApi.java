package app.pitwall.customers.web;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.access.RequiresPermission;
import app.pitwall.customers.CustomerDetails;
import app.pitwall.customers.CustomerId;
import app.pitwall.customers.Customers;
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

/** {@code /api/v1/customers}: search, read, register, change and delete customers. */
@RestController
@Validated
@RequestMapping("/api/v1/customers")
class CustomerApi {

    private final Customers customers;

    CustomerApi(Customers customers) {
        this.customers = customers;
    }

    @GetMapping
    @RequiresPermission(Permission.CUSTOMERS_READ)
    PageView<CustomerViews.CustomerView> search(
            @AuthenticationPrincipal Actor actor,
            @RequestParam(required = false) @Size(max = 100) String q,
            Paging paging) {
        return paging.answer(
                customers.search(actor, q, paging.limit(), paging.cursor()), c -> CustomerViews.of(c, actor));
    }

    @GetMapping("/{id}")
    @RequiresPermission(Permission.CUSTOMERS_READ)
    CustomerViews.CustomerView get(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return customers
                .find(actor, new CustomerId(id))
                .map(c -> CustomerViews.of(c, actor))
                .orElseThrow(() -> new NotFoundException("Customer"));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @RequiresPermission(Permission.CUSTOMERS_WRITE)
    CustomerViews.CustomerView create(
            @AuthenticationPrincipal Actor actor, @Valid @RequestBody CustomerRequests.CustomerBody body) {
        return CustomerViews.of(customers.register(actor, body.toDetails()), actor);
    }

    @PatchMapping("/{id}")
    @RequiresPermission(Permission.CUSTOMERS_WRITE)
    CustomerViews.CustomerView change(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @Valid @RequestBody CustomerRequests.CustomerBody body,
            MergePatch patch,
            ExpectedVersion expected) {
        patch.clearable(
                "firstName",
                "lastName",
                "companyName",
                "emails",
                "phones",
                "notes",
                "taxExemptionCertificate",
                "taxExemptionExpires");
        Integer version = expected.value();
        CustomerDetails changes = body.toDetails(patch.clears("taxExemptionExpires"));
        return CustomerViews.of(customers.change(actor, new CustomerId(id), changes, version), actor);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @RequiresPermission(Permission.CUSTOMERS_DELETE)
    void delete(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, ExpectedVersion expected) {
        customers.delete(actor, new CustomerId(id), expected.value());
    }
}
