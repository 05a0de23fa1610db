package app.pitwall.repairorders.web;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.access.RequiresPermission;
import app.pitwall.platform.NotFoundException;
import app.pitwall.platform.web.ExpectedVersion;
import app.pitwall.platform.web.MergePatch;
import app.pitwall.repairorders.JobId;
import app.pitwall.repairorders.JobTemplates;
import app.pitwall.repairorders.LineId;
import app.pitwall.repairorders.NewJob;
import app.pitwall.repairorders.RepairOrder;
import app.pitwall.repairorders.RepairOrderId;
import app.pitwall.repairorders.RepairOrders;
import app.pitwall.repairorders.WorkOrderPermissions;
import app.pitwall.repairorders.api.RepairOrderRequests;
import app.pitwall.repairorders.api.RepairOrderViews;
import app.pitwall.tenancy.LocationZones;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/repair-orders/{id}/jobs}: a repair order's jobs and their lines. Each change answers the whole order,
 * at its new version, since totals and statuses move together; a job is read with its order's ETag, the version every
 * change to it expects.
 */
@RestController
@Validated
@RequestMapping("/api/v1/repair-orders/{id}/jobs")
class JobApi {

    private final RepairOrders orders;
    private final LocationZones zones;
    private final JobTemplates templates;

    JobApi(RepairOrders orders, LocationZones zones, JobTemplates templates) {
        this.orders = orders;
        this.zones = zones;
        this.templates = templates;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @RequiresPermission(Permission.REPAIR_ORDERS_WRITE)
    RepairOrderViews.RepairOrderView add(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @Valid @RequestBody RepairOrderRequests.JobBody body,
            ExpectedVersion expected) {
        Integer version = expected.value();
        NewJob job = body.cannedJobId() != null ? templates.job(actor, body.cannedJobId()) : body.toJob();
        RepairOrder order = orders.addJob(actor, new RepairOrderId(id), job, version);
        return view(actor, order);
    }

    @GetMapping("/{jobId}")
    @RequiresPermission(Permission.REPAIR_ORDERS_READ)
    ResponseEntity<RepairOrderViews.JobView> get(
            @AuthenticationPrincipal Actor actor, @PathVariable UUID id, @PathVariable UUID jobId) {
        RepairOrder order = orders.find(actor, new RepairOrderId(id)).orElseThrow(() -> new NotFoundException("Job"));
        RepairOrderViews.JobView job = order.job(new JobId(jobId))
                .map(found -> RepairOrderViews.job(found, WorkOrderPermissions.seesMoney(actor)))
                .orElseThrow(() -> new NotFoundException("Job"));
        return ExpectedVersion.tagged(job, order.version());
    }

    @PatchMapping("/{jobId}")
    @RequiresPermission(Permission.REPAIR_ORDERS_WORK)
    RepairOrderViews.RepairOrderView change(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @PathVariable UUID jobId,
            @Valid @RequestBody RepairOrderRequests.JobChangeBody body,
            MergePatch patch,
            ExpectedVersion expected) {
        patch.clearable("technicianId", "complaint", "cause", "correction", "technicianNotes");
        return view(
                actor,
                orders.changeJob(
                        actor,
                        new RepairOrderId(id),
                        new JobId(jobId),
                        body.toDetails(),
                        patch.clears("technicianId"),
                        expected.value()));
    }

    @DeleteMapping("/{jobId}")
    @RequiresPermission(Permission.REPAIR_ORDERS_WRITE)
    RepairOrderViews.RepairOrderView remove(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @PathVariable UUID jobId,
            ExpectedVersion expected) {
        return view(actor, orders.removeJob(actor, new RepairOrderId(id), new JobId(jobId), expected.value()));
    }

    @PostMapping("/{jobId}/completion")
    @RequiresPermission(Permission.REPAIR_ORDERS_WORK)
    RepairOrderViews.RepairOrderView complete(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @PathVariable UUID jobId,
            ExpectedVersion expected) {
        return view(actor, orders.completeJob(actor, new RepairOrderId(id), new JobId(jobId), expected.value()));
    }

    @DeleteMapping("/{jobId}/completion")
    @RequiresPermission(Permission.REPAIR_ORDERS_WORK)
    RepairOrderViews.RepairOrderView reopen(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @PathVariable UUID jobId,
            ExpectedVersion expected) {
        return view(actor, orders.reopenJob(actor, new RepairOrderId(id), new JobId(jobId), expected.value()));
    }

    @PostMapping("/{jobId}/lines")
    @ResponseStatus(HttpStatus.CREATED)
    @RequiresPermission(Permission.REPAIR_ORDERS_WRITE)
    RepairOrderViews.RepairOrderView addLine(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @PathVariable UUID jobId,
            @Valid @RequestBody RepairOrderRequests.LineBody body,
            ExpectedVersion expected) {
        return view(
                actor,
                orders.addLine(actor, new RepairOrderId(id), new JobId(jobId), body.toDraft(), expected.value()));
    }

    @PatchMapping("/{jobId}/lines/{lineId}")
    @RequiresPermission(Permission.REPAIR_ORDERS_WRITE)
    RepairOrderViews.RepairOrderView changeLine(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @PathVariable UUID jobId,
            @PathVariable UUID lineId,
            @Valid @RequestBody RepairOrderRequests.LineBody body,
            MergePatch patch,
            ExpectedVersion expected) {
        patch.clearable();
        return view(
                actor,
                orders.changeLine(
                        actor,
                        new RepairOrderId(id),
                        new JobId(jobId),
                        new LineId(lineId),
                        body.toDraft(),
                        expected.value()));
    }

    @DeleteMapping("/{jobId}/lines/{lineId}")
    @RequiresPermission(Permission.REPAIR_ORDERS_WRITE)
    RepairOrderViews.RepairOrderView removeLine(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @PathVariable UUID jobId,
            @PathVariable UUID lineId,
            ExpectedVersion expected) {
        return view(
                actor,
                orders.removeLine(
                        actor, new RepairOrderId(id), new JobId(jobId), new LineId(lineId), expected.value()));
    }

    private RepairOrderViews.RepairOrderView view(Actor actor, RepairOrder order) {
        return RepairOrderViews.of(order, actor, zones.of(actor, order.visit().locationId()));
    }
}
