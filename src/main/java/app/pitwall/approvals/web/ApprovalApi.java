package app.pitwall.approvals.web;

import app.pitwall.access.Actor;
import app.pitwall.access.Permission;
import app.pitwall.access.RequiresPermission;
import app.pitwall.approvals.Approvals;
import app.pitwall.platform.web.ExpectedVersion;
import app.pitwall.platform.web.PageView;
import app.pitwall.platform.web.Paging;
import app.pitwall.platform.web.ShopTimes;
import app.pitwall.repairorders.JobId;
import app.pitwall.repairorders.RepairOrder;
import app.pitwall.repairorders.RepairOrderId;
import app.pitwall.repairorders.api.RepairOrderRequests;
import app.pitwall.repairorders.api.RepairOrderViews;
import app.pitwall.tenancy.LocationZones;
import jakarta.validation.Valid;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff's side of estimates: {@code approval-requests} sends the current estimate and answers the customer's link
 * (shown this once), {@code verbal-approvals} records a decision taken by phone or at the counter, and {@code
 * approvals} lists every decision with its version, time, method and origin.
 */
@RestController
@Validated
@RequestMapping("/api/v1/repair-orders/{id}")
class ApprovalApi {

    private final Approvals approvals;
    private final LocationZones zones;

    ApprovalApi(Approvals approvals, LocationZones zones) {
        this.approvals = approvals;
        this.zones = zones;
    }

    /** The link to give the customer, and the order as sent. */
    record ApprovalLinkView(
            UUID approvalRequestId,
            String approvalUrl,
            String token,
            Instant expiresAt,
            RepairOrderViews.RepairOrderView repairOrder) {}

    /** One decision on a job, as recorded. */
    record DecisionView(UUID jobId, RepairOrderViews.ApprovalView decision, UUID approvalRequestId, String content) {}

    @PostMapping("/approval-requests")
    @ResponseStatus(HttpStatus.CREATED)
    @RequiresPermission(Permission.REPAIR_ORDERS_TRANSITION)
    ApprovalLinkView request(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @Valid @RequestBody(required = false) RepairOrderRequests.VersionBody body,
            ExpectedVersion expected) {
        Approvals.ApprovalLink link = approvals.requestApproval(actor, new RepairOrderId(id), expected.value());
        return new ApprovalLinkView(
                link.requestId(), link.url(), link.token(), link.expiresAt(), view(actor, link.order()));
    }

    @PostMapping("/verbal-approvals")
    @ResponseStatus(HttpStatus.CREATED)
    @RequiresPermission(Permission.REPAIR_ORDERS_TRANSITION)
    RepairOrderViews.RepairOrderView verbal(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @Valid @RequestBody RepairOrderRequests.VerbalBody body,
            ExpectedVersion expected) {
        Instant at = ShopTimes.parse(body.at(), java.time.ZoneOffset.UTC, "at");
        if (at == null && body.at() != null && !body.at().isBlank()) {
            throw new app.pitwall.platform.InvalidInputException("at", "an ISO-8601 instant");
        }
        var approval = new Approvals.VerbalApproval(
                ids(body.jobIds()), ids(body.declinedJobIds()), body.approvedBy(), body.method(), at);
        return view(actor, approvals.recordVerbal(actor, new RepairOrderId(id), approval, expected.value()));
    }

    @GetMapping("/approvals")
    @RequiresPermission(Permission.REPAIR_ORDERS_WRITE)
    PageView<DecisionView> decisions(@AuthenticationPrincipal Actor actor, @PathVariable UUID id, Paging paging) {
        return paging.slice(
                approvals.decisions(actor, new RepairOrderId(id)),
                decision -> new DecisionView(
                        decision.jobId().value(),
                        RepairOrderViews.approval(decision, null, true),
                        decision.approvalRequestId(),
                        decision.content()));
    }

    private RepairOrderViews.RepairOrderView view(Actor actor, RepairOrder order) {
        ZoneId zone = zones.of(actor, order.visit().locationId());
        return RepairOrderViews.of(order, actor, zone);
    }

    private static List<JobId> ids(List<UUID> ids) {
        return ids == null ? List.of() : ids.stream().map(JobId::new).toList();
    }
}
