package app.pitwall.repairorders.web;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.access.RequiresPermission;
import app.pitwall.platform.web.PageView;
import app.pitwall.platform.web.Paging;
import app.pitwall.repairorders.DeferredJobs;
import app.pitwall.repairorders.WorkOrderPermissions;
import app.pitwall.repairorders.api.MoneyText;
import java.time.Instant;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/vehicles/{id}/deferred-work}: work the customer declined, to offer again at the next visit. */
@RestController
@Validated
class DeferredWorkApi {

    private final DeferredJobs deferred;

    DeferredWorkApi(DeferredJobs deferred) {
        this.deferred = deferred;
    }

    record DeferredJobView(
            UUID id,
            UUID vehicleId,
            UUID customerId,
            UUID locationId,
            UUID repairOrderId,
            long repairOrderNumber,
            UUID jobId,
            String title,
            String complaint,
            String estimateTotal,
            String currency,
            String declinedBy,
            Instant declinedAt,
            Instant resolvedAt,
            String resolution) {}

    @GetMapping("/api/v1/vehicles/{id}/deferred-work")
    @RequiresPermission(Permission.REPAIR_ORDERS_READ)
    PageView<DeferredJobView> forVehicle(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "false") boolean includeResolved,
            Paging paging) {
        boolean money = WorkOrderPermissions.seesMoney(actor);
        var page = deferred.forVehicle(actor, id, includeResolved, paging.limit(), paging.cursor());
        return paging.answer(
                page,
                job -> new DeferredJobView(
                        job.id(),
                        job.vehicleId(),
                        job.customerId(),
                        job.locationId(),
                        job.repairOrderId().value(),
                        job.repairOrderNumber(),
                        job.jobId().value(),
                        job.title(),
                        job.complaint(),
                        money ? MoneyText.text(job.estimateTotal()) : null,
                        job.currency(),
                        job.declinedBy(),
                        job.declinedAt(),
                        job.resolvedAt(),
                        job.resolution()));
    }
}
