package app.pitwall.repairorders.web;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.access.RequiresPermission;
import app.pitwall.platform.NotFoundException;
import app.pitwall.platform.web.ExpectedVersion;
import app.pitwall.platform.web.MergePatch;
import app.pitwall.platform.web.PageView;
import app.pitwall.platform.web.Paging;
import app.pitwall.platform.web.ShopTimes;
import app.pitwall.repairorders.NewRepairOrder;
import app.pitwall.repairorders.OrderDetails;
import app.pitwall.repairorders.RepairOrder;
import app.pitwall.repairorders.RepairOrderId;
import app.pitwall.repairorders.RepairOrderQuery;
import app.pitwall.repairorders.RepairOrders;
import app.pitwall.repairorders.api.RepairOrderRequests;
import app.pitwall.repairorders.api.RepairOrderViews;
import app.pitwall.tenancy.LocationZones;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/repair-orders}: list, open (walk-ins), read and change repair orders, move them through their
 * statuses, and read their status history.
 */
@RestController
@Validated
@RequestMapping("/api/v1/repair-orders")
class RepairOrderApi {

    private final RepairOrders orders;
    private final LocationZones zones;

    RepairOrderApi(RepairOrders orders, LocationZones zones) {
        this.orders = orders;
        this.zones = zones;
    }

    @GetMapping
    @RequiresPermission(Permission.REPAIR_ORDERS_READ)
    PageView<RepairOrderViews.SummaryView> list(
            @AuthenticationPrincipal Actor actor,
            @RequestParam(required = false) UUID locationId,
            @RequestParam(required = false) @Size(max = 7) Set<RepairOrder.Status> status,
            @RequestParam(required = false) UUID serviceAdvisorId,
            @RequestParam(required = false) UUID technicianId,
            @RequestParam(required = false) UUID customerId,
            @RequestParam(required = false) UUID vehicleId,
            @RequestParam(required = false) @Size(max = 100) String q,
            Paging paging) {
        var query = new RepairOrderQuery(locationId, status, serviceAdvisorId, technicianId, customerId, vehicleId, q);
        var page = orders.list(actor, query, paging.limit(), paging.cursor());
        Map<UUID, ZoneId> zone = zones.all(actor);
        return paging.answer(
                page,
                order -> RepairOrderViews.summary(
                        order, actor, zone.getOrDefault(order.locationId(), java.time.ZoneOffset.UTC)));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @RequiresPermission(Permission.REPAIR_ORDERS_WRITE)
    RepairOrderViews.RepairOrderView open(
            @AuthenticationPrincipal Actor actor, @Valid @RequestBody RepairOrderRequests.OpenBody body) {
        ZoneId zone = zones.of(actor, body.locationId());
        OrderDetails details = new OrderDetails(
                body.serviceAdvisorId(),
                body.technicianIds(),
                body.odometerIn(),
                null,
                ShopTimes.parse(body.promisedAt(), zone, "promisedAt"),
                body.concerns(),
                body.internalNotes());
        RepairOrder order = orders.open(
                actor,
                new NewRepairOrder(
                        body.locationId(),
                        body.customerId(),
                        body.vehicleId(),
                        details,
                        body.jobs() == null
                                ? List.of()
                                : body.jobs().stream()
                                        .map(RepairOrderRequests.JobBody::toJob)
                                        .toList(),
                        null,
                        Boolean.TRUE.equals(body.confirmLowerOdometer())));
        return RepairOrderViews.of(order, actor, zone);
    }

    @GetMapping("/{id}")
    @RequiresPermission(Permission.REPAIR_ORDERS_READ)
    RepairOrderViews.RepairOrderView get(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        RepairOrder order =
                orders.find(actor, new RepairOrderId(id)).orElseThrow(() -> new NotFoundException("Repair order"));
        return view(actor, order);
    }

    @PatchMapping("/{id}")
    @RequiresPermission(Permission.REPAIR_ORDERS_WRITE)
    RepairOrderViews.RepairOrderView change(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @Valid @RequestBody RepairOrderRequests.ChangeBody body,
            MergePatch patch,
            ExpectedVersion expected) {
        var cleared = RepairOrderRequests.ChangeBody.cleared(patch);
        RepairOrderId orderId = new RepairOrderId(id);
        java.time.Instant promisedAt = null;
        if (body.promisedAt() != null && !body.promisedAt().isBlank()) {
            ZoneId zone = ShopTimes.absolute(body.promisedAt().strip())
                    ? java.time.ZoneOffset.UTC
                    : zones.of(
                            actor,
                            orders.find(actor, orderId)
                                    .orElseThrow(() -> new NotFoundException("Repair order"))
                                    .visit()
                                    .locationId());
            promisedAt = ShopTimes.parse(body.promisedAt(), zone, "promisedAt");
        }
        OrderDetails changes = new OrderDetails(
                body.serviceAdvisorId(),
                body.technicianIds(),
                body.odometerIn(),
                body.odometerOut(),
                promisedAt,
                body.concerns(),
                body.internalNotes());
        return view(
                actor,
                orders.change(
                        actor,
                        orderId,
                        changes,
                        cleared,
                        Boolean.TRUE.equals(body.confirmLowerOdometer()),
                        expected.value()));
    }

    @PostMapping("/{id}/transitions")
    @RequiresPermission(Permission.REPAIR_ORDERS_WORK)
    RepairOrderViews.RepairOrderView transition(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @Valid @RequestBody RepairOrderRequests.TransitionBody body,
            ExpectedVersion expected) {
        return view(actor, orders.transition(actor, new RepairOrderId(id), body.to(), body.reason(), expected.value()));
    }

    @GetMapping("/{id}/history")
    @RequiresPermission(Permission.REPAIR_ORDERS_READ)
    PageView<RepairOrderViews.StatusChangeView> history(
            @AuthenticationPrincipal Actor actor, @PathVariable UUID id, Paging paging) {
        return paging.slice(orders.history(actor, new RepairOrderId(id)), RepairOrderViews::change);
    }

    private RepairOrderViews.RepairOrderView view(Actor actor, RepairOrder order) {
        return RepairOrderViews.of(order, actor, zones.of(actor, order.visit().locationId()));
    }
}
