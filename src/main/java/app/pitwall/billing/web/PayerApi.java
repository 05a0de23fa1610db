package app.pitwall.billing.web;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.access.RequiresPermission;
import app.pitwall.billing.Payer;
import app.pitwall.billing.PayerId;
import app.pitwall.billing.Payers;
import app.pitwall.platform.NotFoundException;
import app.pitwall.platform.web.ExpectedVersion;
import app.pitwall.platform.web.MergePatch;
import app.pitwall.platform.web.PageView;
import app.pitwall.platform.web.Paging;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/payers}: the tenant's directory of insurance companies, warranty companies and fleet accounts. A
 * PATCH is a merge patch: an absent field is kept; {@code null} clears an address or contact part.
 */
@RestController
@Validated
class PayerApi {

    private final Payers payers;

    PayerApi(Payers payers) {
        this.payers = payers;
    }

    record PayerBody(
            Payer.Kind kind,
            String name,
            Payer.Address address,
            Payer.Terms terms,
            Payer.Contact contact,
            Boolean taxExempt,
            @Min(0) Integer version) {}

    record PayerView(
            UUID id,
            String kind,
            String name,
            Payer.Address address,
            String terms,
            Payer.Contact contact,
            boolean taxExempt,
            int version) {}

    @GetMapping("/api/v1/payers")
    @RequiresPermission(Permission.INVOICES_READ)
    PageView<PayerView> list(
            @AuthenticationPrincipal Actor actor, @RequestParam(required = false) Payer.Kind kind, Paging paging) {
        return paging.answer(payers.list(actor, kind, paging.limit(), paging.cursor()), PayerApi::view);
    }

    @GetMapping("/api/v1/payers/{id}")
    @RequiresPermission(Permission.INVOICES_READ)
    PayerView payer(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return view(found(actor, id));
    }

    @PostMapping("/api/v1/payers")
    @ResponseStatus(HttpStatus.CREATED)
    @RequiresPermission(Permission.INVOICES_WRITE)
    PayerView add(@AuthenticationPrincipal Actor actor, @Valid @RequestBody PayerBody body) {
        return view(payers.add(
                actor,
                new Payer(
                        PayerId.random(),
                        body.kind(),
                        body.name(),
                        body.address(),
                        body.terms(),
                        body.contact(),
                        Boolean.TRUE.equals(body.taxExempt()),
                        0)));
    }

    @PatchMapping("/api/v1/payers/{id}")
    @RequiresPermission(Permission.INVOICES_WRITE)
    PayerView change(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @Valid @RequestBody PayerBody body,
            MergePatch patch,
            ExpectedVersion expected) {
        patch.clearable("address", "contact");
        Payer current = found(actor, id);
        Payer changed = new Payer(
                current.id(),
                body.kind() != null ? body.kind() : current.kind(),
                body.name() != null ? body.name() : current.name(),
                patch.clears("address") ? null : body.address() != null ? body.address() : current.address(),
                body.terms() != null ? body.terms() : current.terms(),
                patch.clears("contact") ? null : body.contact() != null ? body.contact() : current.contact(),
                body.taxExempt() != null ? body.taxExempt() : current.taxExempt(),
                current.version());
        return view(payers.change(actor, current.id(), changed, expected.value()));
    }

    private Payer found(Actor actor, UUID id) {
        return payers.find(actor, new PayerId(id)).orElseThrow(() -> new NotFoundException("Payer"));
    }

    private static PayerView view(Payer payer) {
        return new PayerView(
                payer.uuid(),
                payer.kind().name(),
                payer.name(),
                payer.address(),
                payer.terms().name(),
                payer.contact(),
                payer.taxExempt(),
                payer.version());
    }
}
