package app.pitwall.approvals.web;

import static app.pitwall.platform.web.Formats.plain;

import app.pitwall.access.PublicEndpoint;
import app.pitwall.approvals.ApprovalLinkRefused;
import app.pitwall.approvals.CustomerApprovals;
import app.pitwall.platform.web.ProblemType;
import app.pitwall.platform.web.Problems;
import app.pitwall.repairorders.Estimate;
import app.pitwall.repairorders.JobApproval;
import app.pitwall.repairorders.JobId;
import app.pitwall.repairorders.Line;
import app.pitwall.repairorders.RepairOrder;
import app.pitwall.repairorders.api.MoneyText;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/approvals/{token}}: the customer's approval link, without an account. GET shows the one estimate the
 * token was issued for; POST records the customer's decision per job with their typed name, the address and the
 * browser it came from. Refused links answer 404 (unknown), 410 (expired, replaced, finished) or 429 (used too often).
 */
@RestController
@Validated
@RequestMapping("/api/v1/approvals/{token}")
class CustomerApprovalApi {

    private final CustomerApprovals approvals;

    CustomerApprovalApi(CustomerApprovals approvals) {
        this.approvals = approvals;
    }

    /** The customer's answer. */
    record AnswerBody(
            @NotBlank @Size(max = 200) String signature,
            @NotEmpty @Size(max = 100) List<@NotNull @Valid DecisionBody> decisions) {}

    /** A decision on one job, with the version hash the estimate showed for it. */
    record DecisionBody(
            @NotNull UUID jobId,
            @NotNull JobApproval.Decision decision,
            @NotBlank @Size(max = 64) String versionHash) {}

    record EstimateView(
            String shopName,
            String locationName,
            String locationAddress,
            long orderNumber,
            String customerName,
            String vehicleLabel,
            RepairOrder.Status status,
            String currency,
            Instant linkExpiresAt,
            List<JobView> jobs,
            MoneyText.TotalsView totals,
            String approvedTotal) {}

    record JobView(
            UUID id,
            String title,
            String complaint,
            String correction,
            List<LineView> lines,
            MoneyText.TotalsView totals,
            String versionHash,
            String approvalStatus,
            DecisionView decision) {}

    record LineView(Line.Kind kind, String description, String quantity, String unitPrice, String amount) {}

    record DecisionView(
            JobApproval.Decision decision,
            JobApproval.Method method,
            boolean verbal,
            String decidedBy,
            Instant decidedAt,
            String decidedTotal,
            String decidedVersionHash) {}

    @GetMapping
    @PublicEndpoint("A customer opens the estimate from the link the shop sent; the token is the credential")
    EstimateView show(@PathVariable @Size(max = 100) String token) {
        return view(approvals.show(token));
    }

    @PostMapping
    @PublicEndpoint("A customer approves or declines jobs from the link the shop sent; the token is the credential")
    EstimateView answer(
            @PathVariable @Size(max = 100) String token,
            @Valid @RequestBody AnswerBody body,
            HttpServletRequest request) {
        var answer = new CustomerApprovals.CustomerAnswer(
                body.signature(),
                body.decisions().stream()
                        .map(decision -> new RepairOrder.JobDecision(
                                new JobId(decision.jobId()), decision.decision(), decision.versionHash()))
                        .toList());
        return view(approvals.answer(token, answer, request.getRemoteAddr(), request.getHeader("User-Agent")));
    }

    @ExceptionHandler(ApprovalLinkRefused.class)
    ProblemDetail refused(ApprovalLinkRefused refused) {
        return Problems.of(
                switch (refused.reason()) {
                    case UNKNOWN -> ProblemType.APPROVAL_LINK_UNKNOWN;
                    case EXPIRED -> ProblemType.APPROVAL_LINK_EXPIRED;
                    case REPLACED -> ProblemType.APPROVAL_LINK_REPLACED;
                    case CLOSED -> ProblemType.APPROVAL_LINK_CLOSED;
                    case TOO_MANY_ATTEMPTS -> ProblemType.APPROVAL_LINK_TOO_MANY_ATTEMPTS;
                },
                refused.getMessage());
    }

    private static EstimateView view(Estimate estimate) {
        return new EstimateView(
                estimate.shopName(),
                estimate.locationName(),
                estimate.locationAddress(),
                estimate.orderNumber(),
                estimate.customerName(),
                estimate.vehicleLabel(),
                estimate.status(),
                estimate.currency(),
                estimate.linkExpiresAt(),
                estimate.jobs().stream().map(CustomerApprovalApi::job).toList(),
                MoneyText.TotalsView.of(estimate.totals()),
                MoneyText.text(estimate.approvedTotal()));
    }

    private static JobView job(Estimate.EstimateJob job) {
        Estimate.Decision decision = job.decision();
        return new JobView(
                job.id().value(),
                job.title(),
                job.complaint(),
                job.correction(),
                job.lines().stream()
                        .map(line -> new LineView(
                                line.kind(),
                                line.description(),
                                plain(line.quantity()),
                                plain(line.unitPrice()),
                                MoneyText.text(line.amount())))
                        .toList(),
                MoneyText.TotalsView.of(job.totals()),
                job.versionHash(),
                job.approvalStatus().name(),
                decision == null
                        ? null
                        : new DecisionView(
                                decision.decision(),
                                decision.method(),
                                decision.method().verbal(),
                                decision.decidedBy(),
                                decision.decidedAt(),
                                MoneyText.text(decision.decidedTotal()),
                                decision.decidedVersionHash()));
    }
}
