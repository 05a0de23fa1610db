package app.pitwall.repairorders;

import app.pitwall.platform.ConflictException;
import app.pitwall.platform.InvalidInputException;
import app.pitwall.platform.web.ProblemType;
import java.util.Map;
import java.util.UUID;

/**
 * The rules of a customer's decision on one job, for {@link RepairOrder#approve}: the job must be on the order and
 * unchanged since it was shown; a finished job cannot be declined, nor can an approved one through the link (the
 * customer calls the shop instead). A recorded decision holds the job's exact version.
 */
final class JobDecisions {

    private JobDecisions() {}

    static Job checked(RepairOrder order, int index, RepairOrder.JobDecision decision, Consent consent) {
        String field = "decisions[" + index + "]";
        Job job = order.job(decision.jobId())
                .orElseThrow(() -> new InvalidInputException(field + ".jobId", "no such job on this order"));
        if (decision.decision() == null) {
            throw new InvalidInputException(field + ".decision", "required: APPROVED or DECLINED");
        }
        if (decision.expectedVersionHash() != null
                && !decision.expectedVersionHash().equals(job.versionHash())) {
            throw new ConflictException(
                    ProblemType.ESTIMATE_CHANGED,
                    "Job '" + job.title() + "' changed since it was shown; look at the estimate again.",
                    Map.of("jobId", job.id().value().toString(), "currentVersionHash", job.versionHash()));
        }
        if (decision.decision() == JobApproval.Decision.DECLINED) {
            if (job.done()) {
                throw order.conflict(
                        ProblemType.JOB_DONE, " and job '" + job.title() + "' is done; it cannot be declined");
            }
            if (!consent.method().verbal() && job.approvalStatus() == ApprovalStatus.APPROVED) {
                throw order.conflict(
                        ProblemType.ALREADY_APPROVED,
                        " and job '" + job.title() + "' is approved; call the shop to change it");
            }
        }
        return job;
    }

    static JobApproval record(Job job, JobApproval.Decision decision, Consent consent, Stamp stamp) {
        JobApproval approval = new JobApproval(
                UUID.randomUUID(),
                job.id(),
                decision,
                consent.method(),
                job.versionHash(),
                job.price().totals().total(),
                job.content(),
                consent.decidedBy(),
                consent.decidedAt(),
                stamp.at(),
                stamp.actorId(),
                consent.approvalRequestId(),
                consent.sourceAddress(),
                consent.userAgent());
        job.decide(approval);
        return approval;
    }
}
